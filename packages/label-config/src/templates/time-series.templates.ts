import type { Template } from './template.types';

const series = (n: number, f: (i: number) => number) => Array.from({ length: n }, (_, i) => Math.round(f(i) * 100) / 100);

export const TIME_SERIES_TEMPLATES: readonly Template[] = [
  {
    id: 'time-series-segmentation',
    title: 'Activity Recognition',
    group: 'Time Series Analysis',
    description: 'Mark walking, running and resting periods in accelerometer data.',
    config: `<View>
  <TimeSeriesLabels name="activity" toName="sensor">
    <Label value="Walking" background="#1f77b4"/>
    <Label value="Running" background="#d62728"/>
    <Label value="Resting" background="#2ca02c"/>
  </TimeSeriesLabels>
  <TimeSeries name="sensor" value="$sensor" valueType="json" timeColumn="t">
    <Channel column="acc_x" legend="Acceleration X" strokeColor="#1f77b4"/>
    <Channel column="acc_y" legend="Acceleration Y" strokeColor="#ff7f0e"/>
  </TimeSeries>
</View>`,
    sampleTasks: [
      {
        sensor: { t: series(30, (i) => i), acc_x: series(30, (i) => Math.sin(i / 2)), acc_y: series(30, (i) => Math.cos(i / 3)) },
      },
    ],
  },
  {
    id: 'anomaly-detection',
    title: 'Outlier and Anomaly Detection',
    group: 'Time Series Analysis',
    description: 'Flag anomalous intervals in server metrics.',
    config: `<View>
  <TimeSeriesLabels name="anomaly" toName="metrics">
    <Label value="Spike" background="#e41a1c"/>
    <Label value="Drop" background="#377eb8"/>
  </TimeSeriesLabels>
  <TimeSeries name="metrics" value="$metrics" valueType="json" timeColumn="minute">
    <Channel column="cpu" legend="CPU %" units="%"/>
  </TimeSeries>
</View>`,
    sampleTasks: [{ metrics: { minute: series(20, (i) => i), cpu: series(20, (i) => (i === 12 ? 98 : 35 + (i % 4))) } }],
  },
  {
    id: 'change-point-detection',
    title: 'Change Point Detection',
    group: 'Time Series Analysis',
    description: 'Mark the instants where the signal regime changes.',
    config: `<View>
  <TimeSeriesLabels name="change" toName="signal">
    <Label value="Change point"/>
  </TimeSeriesLabels>
  <TimeSeries name="signal" value="$signal" valueType="json" timeColumn="step">
    <Channel column="level"/>
  </TimeSeries>
</View>`,
    sampleTasks: [{ signal: { step: series(20, (i) => i), level: series(20, (i) => (i < 10 ? 1 : 4)) } }],
  },
  {
    id: 'series-classification',
    title: 'Signal Quality Classification',
    group: 'Time Series Analysis',
    description: 'Classify a whole recording as usable or not.',
    config: `<View>
  <TimeSeries name="ecg" value="$ecg" valueType="url" timeColumn="time">
    <Channel column="lead_ii" legend="Lead II"/>
  </TimeSeries>
  <Choices name="quality" toName="ecg" choice="single-radio">
    <Choice value="Good"/>
    <Choice value="Noisy"/>
    <Choice value="Unusable"/>
  </Choices>
</View>`,
    sampleTasks: [{ ecg: 'https://samples.groundwork.dev/series/ecg-0041.csv' }],
  },
];
