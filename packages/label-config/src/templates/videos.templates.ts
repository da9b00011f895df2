import type { Template } from './template.types';

const VIDEO = 'https://samples.groundwork.dev/video';

export const VIDEO_TEMPLATES: readonly Template[] = [
  {
    id: 'video-classification',
    title: 'Video Classification',
    group: 'Videos',
    description: 'Choose the category that describes the whole clip.',
    config: `<View>
  <Video name="video" value="$video"/>
  <Choices name="genre" toName="video" choice="single-radio" showInline="true">
    <Choice value="Sports"/>
    <Choice value="News"/>
    <Choice value="Tutorial"/>
    <Choice value="Other"/>
  </Choices>
</View>`,
    sampleTasks: [{ video: `${VIDEO}/cooking-tip.mp4` }],
  },
  {
    id: 'video-object-tracking',
    title: 'Video Object Tracking',
    group: 'Videos',
    description: 'Track objects across frames with keyframed boxes.',
    config: `<View>
  <Labels name="track_label" toName="video">
    <Label value="Car" background="#1f77b4"/>
    <Label value="Cyclist" background="#ff7f0e"/>
  </Labels>
  <Video name="video" value="$video" frameRate="25"/>
  <VideoRectangle name="track" toName="video"/>
</View>`,
    sampleTasks: [{ video: `${VIDEO}/intersection.mp4` }],
  },
  {
    id: 'video-timeline-segmentation',
    title: 'Video Timeline Segmentation',
    group: 'Videos',
    description: 'Mark frame ranges where actions happen.',
    config: `<View>
  <Video name="video" value="$video" timelineHeight="80"/>
  <TimelineLabels name="actions" toName="video">
    <Label value="Goal"/>
    <Label value="Foul"/>
    <Label value="Replay"/>
  </TimelineLabels>
</View>`,
    sampleTasks: [{ video: `${VIDEO}/match-highlights.mp4` }],
  },
  {
    id: 'video-frame-qa',
    title: 'Video Captioning',
    group: 'Videos',
    description: 'Describe what happens in a short clip and rate its quality.',
    config: `<View>
  <Video name="video" value="$video" height="360"/>
  <TextArea name="caption" toName="video" rows="3" maxSubmissions="1"/>
  <Rating name="quality" toName="video" maxRating="3"/>
</View>`,
    sampleTasks: [{ video: `${VIDEO}/park-drone.mp4` }],
  },
];
