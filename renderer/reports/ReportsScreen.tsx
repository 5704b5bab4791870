import { PageHeader } from '../components/ui';
import { Breadth } from './Breadth';
import { Conversion } from './Conversion';
import { DebriefSpeedPanel } from './DebriefSpeed';
import { Funnel } from './Funnel';
import { Overrides } from './Overrides';
import { Placements } from './Placements';
import { ReplyReading } from './ReplyReading';
import { TimeInStage } from './TimeInStage';
import { TimeToFill } from './TimeToFill';

const ABOUT =
  'What you placed and earned, how long positions take to fill, how often a shortlist leads to an interview and an ' +
  'interview to an offer, how your pipeline is doing, how widely you reach out, how fast you debrief, how often you corrected what ' +
  'Politely read in a reply, and where you stepped past a rule.';

export function ReportsScreen() {
  return (
    <div className="screen">
      <PageHeader title="Reports" subtitle={ABOUT} />
      <Placements />
      <TimeToFill />
      <Conversion />
      <Funnel />
      <TimeInStage />
      <Breadth />
      <DebriefSpeedPanel />
      <ReplyReading />
      <Overrides />
    </div>
  );
}
