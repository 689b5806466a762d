import Campaign from '@mui/icons-material/Campaign';
import Event from '@mui/icons-material/Event';
import FactCheck from '@mui/icons-material/FactCheck';
import Insights from '@mui/icons-material/Insights';
import Search from '@mui/icons-material/Search';
import Widgets from '@mui/icons-material/Widgets';

// The manifest names icons; only these are bundled with the shell.
const ICONS = { search: Search, event: Event, campaign: Campaign, insights: Insights, fact_check: FactCheck };

export function WebappIcon({ name }: { name: string }) {
  const Icon = ICONS[name as keyof typeof ICONS] ?? Widgets;
  return <Icon aria-hidden />;
}
