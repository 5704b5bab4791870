import { PageHeader } from '../components/ui';
import { Breadth } from './Breadth';
import { DebriefSpeedPanel } from './DebriefSpeed';
import { Funnel } from './Funnel';
import { Overrides } from './Overrides';
import { TimeInStage } from './TimeInStage';

const ABOUT =
  'How your pipeline is doing, how widely you reach out, how fast you debrief, and where you stepped past a rule.';

export function ReportsScreen() {
  return (
    <div className="screen">
      <PageHeader title="Reports" subtitle={ABOUT} />
      <Funnel />
      <TimeInStage />
      <Breadth />
      <DebriefSpeedPanel />
      <Overrides />
    </div>
  );
}
