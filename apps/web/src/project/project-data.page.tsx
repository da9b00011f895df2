import { Anchor, Breadcrumbs, Button, Text } from '@mantine/core';
import { useDisclosure, useDocumentTitle } from '@mantine/hooks';
import { IconDatabaseImport, IconPlayerPlay, IconSettings, IconUpload } from '@tabler/icons-react';
import { Link, useParams, useSearchParams } from 'react-router-dom';
import { EmptyState } from '../common/empty-state.component';
import { DataManager } from '../data-manager/data-manager.component';
import { LabelingView } from '../labeling/labeling.view';
import { PageHeader } from '../common/page-header.component';
import { dataKeysOf } from './data-keys.util';
import { useProject } from './project.queries';
import { projectStatus } from './project-status.component';
import { ExportMenu } from './export-menu.component';
import { ImportModal } from './import-modal.component';
import { ProjectStats } from './project-stats.component';

/** /projects/{id} and /projects/{id}/data: the project's counts and its Data Manager, with import and export. */
export function ProjectDataPage() {
  const id = Number(useParams().id);
  const project = useProject(id);
  const [search] = useSearchParams();
  const labeling = search.has('task') || search.get('labeling') === '1';
  const [importOpened, importModal] = useDisclosure(false);
  useDocumentTitle(project.data ? `${project.data.title} · Groundwork` : 'Project · Groundwork');

  const status = projectStatus(id, project);
  if (status || !project.data) return status;

  const p = project.data;
  if (labeling) return <LabelingView project={p} />;
  const can = p.abilities ?? {};
  const dataKeys = dataKeysOf(p);
  const importButton = (
    <Button leftSection={<IconUpload size={16} />} onClick={importModal.open}>
      Import
    </Button>
  );

  return (
    <>
      <PageHeader
        above={
          <Breadcrumbs>
            <Anchor component={Link} to="/projects" size="sm">
              Projects
            </Anchor>
            <Text size="sm" truncate maw={300}>
              {p.title}
            </Text>
          </Breadcrumbs>
        }
        title={p.title || 'Untitled project'}
        description={p.description || undefined}
        actions={
          <>
            {p.task_number > 0 && (
              <Button
                component={Link}
                to={`/projects/${p.id}/data?labeling=1`}
                leftSection={<IconPlayerPlay size={16} />}
                color="teal"
              >
                Label all tasks
              </Button>
            )}
            {can.import !== false && importButton}
            {can.export !== false && <ExportMenu projectId={p.id} />}
            {can.export !== false && (
              <Button variant="default" component={Link} to={`/projects/${p.id}/snapshots`}>
                Snapshots
              </Button>
            )}
            {can.update !== false && (
              <Button
                variant="default"
                component={Link}
                to={`/projects/${p.id}/settings`}
                leftSection={<IconSettings size={16} />}
              >
                Settings
              </Button>
            )}
          </>
        }
      />
      <ProjectStats project={p} />
      <DataManager
        project={p}
        empty={
          <EmptyState
            icon={<IconDatabaseImport size={28} />}
            title="No tasks yet"
            action={can.import !== false ? importButton : undefined}
          >
            Import tasks as JSON to start labeling. Each task needs the fields your labeling config reads
            {dataKeys.length ? `: ${dataKeys.join(', ')}` : ''}.
          </EmptyState>
        }
      />
      <ImportModal projectId={p.id} dataKeys={dataKeys} opened={importOpened} onClose={importModal.close} />
    </>
  );
}
