import { Alert, Anchor, Button, PasswordInput, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconAlertCircle } from '@tabler/icons-react';
import { useMutation } from '@tanstack/react-query';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import { api, errorMessage, fieldErrorsOf, unwrap } from '../lib/api.client';
import { AuthLayout } from './auth-layout.component';
import { nextPath } from './next-path.util';
import { RedirectIfAuthenticated } from './require-auth.component';
import { useSetSessionUser } from './session.hooks';

export function LoginPage() {
  const [search] = useSearchParams();
  const next = nextPath(search);
  const navigate = useNavigate();
  const setUser = useSetSessionUser();
  const form = useForm({
    initialValues: { email: '', password: '' },
    validate: {
      email: (v) => (v.trim() ? null : 'Enter your email'),
      password: (v) => (v ? null : 'Enter your password'),
    },
  });
  const login = useMutation({
    mutationFn: (body: typeof form.values) =>
      unwrap(api.POST('/api/auth/login', { body: { ...body, email: body.email.trim() } })),
    onSuccess: ({ user }) => {
      setUser(user);
      void navigate(next, { replace: true });
    },
    onError: (e) => form.setErrors(fieldErrorsOf(e)),
  });
  const signupHref = search.get('next') ? `/user/signup?next=${encodeURIComponent(next)}` : '/user/signup';

  return (
    <RedirectIfAuthenticated to={next}>
      <AuthLayout
        title="Log in"
        subtitle={
          <>
            New here?{' '}
            <Anchor component={Link} to={signupHref} size="sm">
              Create an account
            </Anchor>
          </>
        }
      >
        <form onSubmit={form.onSubmit((values) => login.mutate(values))} noValidate>
          <Stack>
            {login.isError && (
              <Alert color="red" icon={<IconAlertCircle size={18} />} role="alert" title="Could not log in">
                {errorMessage(login.error)}
              </Alert>
            )}
            <TextInput label="Email" type="email" autoComplete="email" autoFocus required {...form.getInputProps('email')} />
            <PasswordInput label="Password" autoComplete="current-password" required {...form.getInputProps('password')} />
            <Button type="submit" loading={login.isPending} fullWidth mt="xs">
              Log in
            </Button>
          </Stack>
        </form>
      </AuthLayout>
    </RedirectIfAuthenticated>
  );
}
