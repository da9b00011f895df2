import { Alert, Anchor, Button, Group, PasswordInput, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { IconAlertCircle } from '@tabler/icons-react';
import { useMutation } from '@tanstack/react-query';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import { api, errorMessage, fieldErrorsOf, unwrap } from '../lib/api.client';
import { AuthLayout } from './auth-layout.component';
import { nextPath } from './next-path.util';
import { RedirectIfAuthenticated } from './require-auth.component';
import { useSetSessionUser } from './session.hooks';

const MIN_PASSWORD = 8;

export function SignupPage() {
  const [search] = useSearchParams();
  const next = nextPath(search);
  const navigate = useNavigate();
  const setUser = useSetSessionUser();
  const form = useForm({
    initialValues: { first_name: '', last_name: '', email: '', password: '' },
    validate: {
      email: (v) => (/^\S+@\S+$/.test(v.trim()) ? null : 'Enter a valid email address'),
      password: (v) => (v.length >= MIN_PASSWORD ? null : `Use at least ${MIN_PASSWORD} characters`),
    },
  });
  const signup = useMutation({
    mutationFn: (body: typeof form.values) =>
      unwrap(api.POST('/api/auth/signup', { body: { ...body, email: body.email.trim() } })),
    onSuccess: ({ user }) => {
      setUser(user);
      notifications.show({
        color: 'teal',
        title: 'Welcome to Groundwork',
        message: user.role === 'owner' ? 'You are the owner of this organization.' : 'Your account is ready.',
      });
      void navigate(next, { replace: true });
    },
    onError: (e) => form.setErrors(fieldErrorsOf(e)),
  });
  const loginHref = search.get('next') ? `/user/login?next=${encodeURIComponent(next)}` : '/user/login';

  return (
    <RedirectIfAuthenticated to={next}>
      <AuthLayout
        title="Create your account"
        subtitle={
          <>
            Already have one?{' '}
            <Anchor component={Link} to={loginHref} size="sm">
              Log in
            </Anchor>
          </>
        }
      >
        <form onSubmit={form.onSubmit((values) => signup.mutate(values))} noValidate>
          <Stack>
            {signup.isError && (
              <Alert color="red" icon={<IconAlertCircle size={18} />} role="alert" title="Could not create the account">
                {errorMessage(signup.error)}
              </Alert>
            )}
            <Group grow align="flex-start">
              <TextInput label="First name" autoComplete="given-name" {...form.getInputProps('first_name')} />
              <TextInput label="Last name" autoComplete="family-name" {...form.getInputProps('last_name')} />
            </Group>
            <TextInput label="Email" type="email" autoComplete="email" required {...form.getInputProps('email')} />
            <PasswordInput
              label="Password"
              description={`At least ${MIN_PASSWORD} characters`}
              autoComplete="new-password"
              required
              {...form.getInputProps('password')}
            />
            <Button type="submit" loading={signup.isPending} fullWidth mt="xs">
              Create account
            </Button>
          </Stack>
        </form>
      </AuthLayout>
    </RedirectIfAuthenticated>
  );
}
