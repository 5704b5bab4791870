import { PageHeader } from '../components/ui';
import { Breadth } from './Breadth';
import { DebriefSpeedPanel } from './DebriefSpeed';
import { Funnel } from './Funnel';
import { Overrides } from './Overrides';
import { ReplyReading } from './ReplyReading';
import { TimeInStage } from './TimeInStage';

const ABOUT =
  'How your pipeline is doing, how widely you reach out, how fast you debrief, how often you corrected what ' +
  'Politely read in a reply, and where you stepped past a rule.';

export function ReportsScreen() {
  return (
    <div className="screen">
      <PageHeader title="Reports" subtitle={ABOUT} />
      <Funnel />
      <TimeInStage />
      <Breadth />
      <DebriefSpeedPanel />
      <ReplyReading />
      <Overrides />
    </div>
  );
}
