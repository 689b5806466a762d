import DownloadIcon from '@mui/icons-material/Download';
import Button from '@mui/material/Button';
import { useMessages } from '@klinik/shared';
import { messages } from '../messages.ts';

/** Downloads the view's table as CSV for Danish Excel. */
export function ExportButton({ filename, csv }: { filename: string; csv: () => string }) {
  const t = useMessages(messages);
  const download = () => {
    const url = URL.createObjectURL(new Blob([csv()], { type: 'text/csv;charset=utf-8' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = filename;
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  };
  return (
    <Button
      variant="outlined"
      size="small"
      className="no-print"
      startIcon={<DownloadIcon />}
      onClick={download}
    >
      {t.exportCsv}
    </Button>
  );
}
