import { Button, CloseButton, Group, Loader, Pagination, SimpleGrid, Skeleton, Text, TextInput } from '@mantine/core';
import { useDebouncedValue, useDocumentTitle } from '@mantine/hooks';
import { IconFolderPlus, IconPlus, IconSearch, IconSearchOff } from '@tabler/icons-react';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { EmptyState } from '../common/empty-state.component';
import { PageHeader } from '../common/page-header.component';
import { QueryError } from '../common/query-error.component';
import { plural } from '../lib/format.util';
import { useProjects } from '../project/project.queries';
import { ProjectCard } from './project-card.component';

const PAGE_SIZE = 24;

function CreateButton() {
  return (
    <Button component={Link} to="/projects/create" leftSection={<IconPlus size={16} />}>
      Create project
    </Button>
  );
}

export function ProjectListPage() {
  useDocumentTitle('Projects · Groundwork');
  const [searchInput, setSearchInput] = useState('');
  const [search] = useDebouncedValue(searchInput.trim(), 300);
  const [page, setPage] = useState(1);
  const projects = useProjects({ page, pageSize: PAGE_SIZE, search });
  const count = projects.data?.count ?? 0;
  const pages = Math.max(1, Math.ceil(count / PAGE_SIZE));
  // With no search, an empty answer means the organization has no projects at all.
  const nothingYet = projects.isSuccess && count === 0 && !search;

  return (
    <>
      <PageHeader
        title="Projects"
        description={
          projects.isSuccess && !nothingYet
            ? plural(count, search ? 'matching project' : 'project')
            : 'Each project has its data, its labeling setup and its annotations.'
        }
        // The empty state carries the one call to action when there is nothing yet.
        actions={nothingYet ? undefined : <CreateButton />}
      />
      {!nothingYet && (
        <Group mb="lg">
          <TextInput
            aria-label="Search projects"
            placeholder="Search projects"
            leftSection={<IconSearch size={16} />}
            rightSection={
              projects.isFetching && search ? (
                <Loader size={14} />
              ) : searchInput ? (
                <CloseButton size="sm" aria-label="Clear search" onClick={() => setSearchInput('')} />
              ) : null
            }
            value={searchInput}
            onChange={(e) => {
              setSearchInput(e.currentTarget.value);
              setPage(1);
            }}
            w={{ base: '100%', sm: 340 }}
          />
        </Group>
      )}
      {projects.isPending ? (
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="lg">
          {[0, 1, 2].map((i) => (
            <Skeleton key={i} h={190} radius="lg" />
          ))}
        </SimpleGrid>
      ) : projects.isError ? (
        <QueryError error={projects.error} onRetry={() => void projects.refetch()} title="Could not load projects" />
      ) : nothingYet ? (
        <EmptyState icon={<IconFolderPlus size={28} />} title="No projects yet" action={<CreateButton />}>
          Create a project to set up what to label, then import your tasks as JSON. Annotations and exports live in the project.
        </EmptyState>
      ) : count === 0 ? (
        <EmptyState
          icon={<IconSearchOff size={28} />}
          title="No matching projects"
          action={
            <Button variant="default" onClick={() => setSearchInput('')}>
              Clear search
            </Button>
          }
        >
          No project title or description contains “{search}”.
        </EmptyState>
      ) : (
        <>
          <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="lg" style={{ opacity: projects.isPlaceholderData ? 0.6 : 1 }}>
            {projects.data.results.map((project) => (
              <ProjectCard key={project.id} project={project} />
            ))}
          </SimpleGrid>
          {pages > 1 && (
            <Group justify="space-between" mt="xl">
              <Text size="sm" c="dimmed">
                Page {page} of {pages}
              </Text>
              <Pagination total={pages} value={page} onChange={setPage} />
            </Group>
          )}
        </>
      )}
    </>
  );
}
