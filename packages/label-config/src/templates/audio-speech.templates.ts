import type { Template } from './template.types';

const AUDIO = 'https://samples.groundwork.dev/audio';

export const AUDIO_SPEECH_TEMPLATES: readonly Template[] = [
  {
    id: 'speech-transcription',
    title: 'Speech Transcription',
    group: 'Audio/Speech Processing',
    description: 'Listen to a clip and type what is said.',
    config: `<View>
  <Audio name="audio" value="$audio" height="80"/>
  <TextArea name="transcript" toName="audio" rows="4" editable="true" maxSubmissions="1" transcription="true"/>
</View>`,
    sampleTasks: [{ audio: `${AUDIO}/voicemail-07.wav` }],
  },
  {
    id: 'segment-transcription',
    title: 'Transcription by Segment',
    group: 'Audio/Speech Processing',
    description: 'Cut the clip into speech segments and transcribe each one.',
    config: `<View>
  <Labels name="segment" toName="audio">
    <Label value="Speech" background="#1f77b4"/>
    <Label value="Noise" background="#7f7f7f"/>
  </Labels>
  <Audio name="audio" value="$audio"/>
  <TextArea name="text" toName="audio" perRegion="true" displayMode="region-list" editable="true" rows="2"/>
</View>`,
    sampleTasks: [{ audio: `${AUDIO}/interview-03.mp3` }],
  },
  {
    id: 'speaker-diarization',
    title: 'Speaker Diarization',
    group: 'Audio/Speech Processing',
    description: 'Mark who speaks when.',
    config: `<View>
  <Labels name="speaker" toName="audio" choice="single">
    <Label value="Speaker A" background="#ff7f0e"/>
    <Label value="Speaker B" background="#2ca02c"/>
    <Label value="Overlap" background="#d62728"/>
  </Labels>
  <Audio name="audio" value="$audio" splitChannels="true"/>
</View>`,
    sampleTasks: [{ audio: `${AUDIO}/podcast-excerpt.wav` }],
  },
  {
    id: 'audio-event-detection',
    title: 'Sound Event Detection',
    group: 'Audio/Speech Processing',
    description: 'Find and label sound events such as sirens or barking.',
    config: `<View>
  <Labels name="event" toName="audio">
    <Label value="Siren"/>
    <Label value="Dog bark"/>
    <Label value="Glass breaking"/>
    <Label value="Engine"/>
  </Labels>
  <Audio name="audio" value="$audio"/>
</View>`,
    sampleTasks: [{ audio: `${AUDIO}/street-night.wav` }],
  },
  {
    id: 'audio-quality-rating',
    title: 'Recording Quality Assessment',
    group: 'Audio/Speech Processing',
    description: 'Rate recording quality and flag common defects.',
    config: `<View>
  <Audio name="audio" value="$audio"/>
  <Rating name="quality" toName="audio" maxRating="5" icon="star"/>
  <Choices name="defects" toName="audio" choice="multiple" showInline="true">
    <Choice value="Clipping"/>
    <Choice value="Background hum"/>
    <Choice value="Echo"/>
    <Choice value="None"/>
  </Choices>
</View>`,
    sampleTasks: [{ audio: `${AUDIO}/call-center-19.wav` }],
  },
  {
    id: 'spoken-intent',
    title: 'Spoken Intent Classification',
    group: 'Audio/Speech Processing',
    description: 'Classify what the caller wants from a short utterance.',
    config: `<View>
  <Audio name="audio" value="$audio"/>
  <Choices name="intent" toName="audio" choice="single">
    <Choice value="Check balance"/>
    <Choice value="Report lost card"/>
    <Choice value="Talk to an agent"/>
    <Choice value="Other"/>
  </Choices>
</View>`,
    sampleTasks: [{ audio: `${AUDIO}/ivr-utterance-112.wav` }],
  },
];
