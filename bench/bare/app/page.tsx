/** A bare Next.js page: the JavaScript-weight baseline of `npm run bench` (scripts/bench/weight.ts). */
export default function Page() {
  return (
    <main>
      <h1>Bare page</h1>
    </main>
  );
}
