import { Button } from '@mantine/core';
import { IconMapSearch } from '@tabler/icons-react';
import { Link } from 'react-router-dom';
import { EmptyState } from './empty-state.component';

export function NotFoundPage() {
  return (
    <EmptyState
      icon={<IconMapSearch size={28} />}
      title="Page not found"
      action={
        <Button component={Link} to="/projects">
          Go to projects
        </Button>
      }
    >
      There is nothing at this address. It may have been moved or deleted.
    </EmptyState>
  );
}
