/**
 * The same bare page rendered on every request: the load test's baseline, the
 * least a dynamic Next.js page costs per request on this machine.
 */
export const dynamic = 'force-dynamic';

export default function DynamicPage() {
  return (
    <main>
      <h1>Bare dynamic page</h1>
    </main>
  );
}
