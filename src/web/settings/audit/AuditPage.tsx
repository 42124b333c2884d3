import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../app/PageHeader.tsx';
import { useWorkspace } from '../../app/WorkspaceScope.tsx';
import { AuditLog } from './AuditLog.tsx';

export function AuditPage() {
  const { t } = useTranslation();
  const workspace = useWorkspace();
  return (
    <>
      <PageHeader title={t('nav.audit')} description={t('audit.description', { workspace: workspace.name })} />
      <AuditLog path={`/api/v1/workspaces/${workspace.id}/audit`} queryKey={['audit', workspace.id]} />
    </>
  );
}
