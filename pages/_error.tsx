/**
 * Next.js renders this page for the statuses the app router has no page for: 400 (a path that
 * does not decode), 405 (POST, PUT, … on a public file), 416 (a Range past the end of one).
 * Without it an app-router-only build answers all of those with a 500 (found by
 * `npm run bench:serve`). 404s still get app/not-found.tsx.
 */
import type { NextPageContext } from 'next';
import Head from 'next/head';

const MESSAGES: Record<number, string> = {
  400: 'This address is not one the site can read.',
  405: 'This address only answers ordinary page requests.',
  416: 'The requested part of this file does not exist.',
};

interface Props {
  statusCode: number;
}

function ErrorPage({ statusCode }: Props) {
  const message = MESSAGES[statusCode] ?? 'Something went wrong on our side.';
  return (
    <main style={{ fontFamily: 'system-ui, sans-serif', maxWidth: '40rem', margin: '4rem auto', padding: '0 1rem' }}>
      <Head>
        <title>{`${statusCode} | Dateline`}</title>
      </Head>
      <h1>{message}</h1>
      <p>
        <a href="/">Go to the home page</a>
      </p>
    </main>
  );
}

ErrorPage.getInitialProps = ({ res, err }: NextPageContext): Props => ({ statusCode: res?.statusCode ?? err?.statusCode ?? 500 });

export default ErrorPage;
