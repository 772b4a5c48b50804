// Chỉ số của ban as three small charts, drawn on the server as SVG with visx (no script reaches
// the browser): proposals made beside those approved, assignments on time / late / missed stacked,
// and the mean hours from assignment to publication. Each chart is an image with a summary for
// screen readers and the same figures in a table under "Số liệu".
import { AxisBottom, AxisLeft } from "@visx/axis";
import { Group } from "@visx/group";
import { scaleBand, scaleLinear } from "@visx/scale";
import { Bar, BarGroup, BarStack } from "@visx/shape";
import type { PlanFigures, WeekOfPlan } from "@/lib/plan/measures";

export type ChartWeek = PlanFigures & { week: WeekOfPlan };

/** What each chart says, in the reader's language (the page translates). */
export type PlanChartWords = {
  weekColumn: string;
  data: string;
  proposals: { title: string; summary: string; made: string; approved: string };
  assignments: { title: string; summary: string; onTime: string; late: string; missed: string };
  hours: { title: string; summary: string; hours: string; none: string };
};

const width = 320;
const height = 170;
const margin = { top: 10, right: 8, bottom: 26, left: 30 };
const innerWidth = width - margin.left - margin.right;
const innerHeight = height - margin.top - margin.bottom;

// Tailwind's palette; each colour at least 3:1 against white (WCAG non-text contrast).
const colours = { made: "#57534e", approved: "#0f766e", onTime: "#15803d", late: "#b45309", missed: "#b91c1c", hours: "#1d4ed8" } as const;

/** "W24" under the bars: the year is in the table and the CSV. */
const shortWeek = (label: string) => label.slice(5);
const tickLabel = { fontSize: 10, fill: "#44403c", textAnchor: "middle" as const, fontFamily: "inherit" };
const leftTickLabel = { fontSize: 10, fill: "#44403c", textAnchor: "end" as const, dx: -2, dy: 3, fontFamily: "inherit" };

function Frame({ title, summary, children }: { title: string; summary: string; children: React.ReactNode }) {
  return (
    <svg viewBox={`0 0 ${width} ${height}`} role="img" aria-label={`${title}. ${summary}`} className="h-auto w-full" preserveAspectRatio="xMidYMid meet">
      {children}
    </svg>
  );
}

function Axes({ x, y }: { x: ReturnType<typeof scaleBand<string>>; y: ReturnType<typeof scaleLinear<number>> }) {
  return (
    <>
      {/* Whole numbers only: counts and hours are read off in units. */}
      <AxisLeft
        scale={y}
        tickValues={y.ticks(4).filter(Number.isInteger)}
        tickFormat={(v) => String(v)}
        stroke="#a8a29e"
        tickStroke="#a8a29e"
        tickLabelProps={() => leftTickLabel}
      />
      <AxisBottom top={innerHeight} scale={x} tickFormat={shortWeek} stroke="#a8a29e" tickStroke="#a8a29e" tickLabelProps={() => tickLabel} />
    </>
  );
}

function Legend({ items }: { items: { label: string; colour: string }[] }) {
  return (
    <ul className="mt-1 flex flex-wrap gap-x-3 gap-y-1 text-xs" aria-hidden="true">
      {items.map((item) => (
        <li key={item.label} className="flex items-center gap-1">
          <span className="inline-block size-3 rounded-sm" style={{ backgroundColor: item.colour }} />
          {item.label}
        </li>
      ))}
    </ul>
  );
}

function DataTable({ words, columns, rows }: { words: PlanChartWords; columns: string[]; rows: (string | number)[][] }) {
  return (
    <details className="mt-2 text-sm">
      <summary className="cursor-pointer underline underline-offset-2">{words.data}</summary>
      <table className="mt-1 w-full border-collapse text-left text-xs">
        <thead>
          <tr>
            <th scope="col" className="border-b border-stone-300 py-1 pr-2">
              {words.weekColumn}
            </th>
            {columns.map((c) => (
              <th key={c} scope="col" className="border-b border-stone-300 py-1 pr-2 text-right">
                {c}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map(([week, ...cells]) => (
            <tr key={week}>
              <th scope="row" className="py-0.5 pr-2 font-normal">
                {week}
              </th>
              {cells.map((cell, i) => (
                <td key={i} className="py-0.5 pr-2 text-right tabular-nums">
                  {cell}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}

function Chart({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <figure className="min-w-0 rounded border border-stone-300 bg-white p-3">
      <figcaption className="mb-1 text-sm font-semibold">{title}</figcaption>
      {children}
    </figure>
  );
}

const yScaleFor = (max: number) => scaleLinear<number>({ domain: [0, Math.max(1, max)], range: [innerHeight, 0], nice: true });

export function ProposalsChart({ weeks, words }: { weeks: ChartWeek[]; words: PlanChartWords }) {
  const keys = ["made", "approved"] as const;
  const x = scaleBand<string>({ domain: weeks.map((w) => w.week.label), range: [0, innerWidth], padding: 0.25 });
  const inner = scaleBand<string>({ domain: [...keys], range: [0, x.bandwidth()], padding: 0.1 });
  const y = yScaleFor(Math.max(...weeks.map((w) => w.proposalsMade)));
  const data = weeks.map((w) => ({ label: w.week.label, made: w.proposalsMade, approved: w.proposalsApproved }));
  return (
    <Chart title={words.proposals.title}>
      <Frame title={words.proposals.title} summary={words.proposals.summary}>
        <Group left={margin.left} top={margin.top}>
          <BarGroup
            data={data}
            keys={[...keys]}
            height={innerHeight}
            x0={(d) => d.label}
            x0Scale={x}
            x1Scale={inner}
            yScale={y}
            color={(key) => colours[key]}
          />
          <Axes x={x} y={y} />
        </Group>
      </Frame>
      <Legend
        items={[
          { label: words.proposals.made, colour: colours.made },
          { label: words.proposals.approved, colour: colours.approved },
        ]}
      />
      <DataTable
        words={words}
        columns={[words.proposals.made, words.proposals.approved]}
        rows={weeks.map((w) => [w.week.label, w.proposalsMade, w.proposalsApproved])}
      />
    </Chart>
  );
}

export function AssignmentsChart({ weeks, words }: { weeks: ChartWeek[]; words: PlanChartWords }) {
  const keys = ["onTime", "late", "missed"] as const;
  const x = scaleBand<string>({ domain: weeks.map((w) => w.week.label), range: [0, innerWidth], padding: 0.3 });
  const y = yScaleFor(Math.max(...weeks.map((w) => w.onTime + w.late + w.missed)));
  const data = weeks.map((w) => ({ label: w.week.label, onTime: w.onTime, late: w.late, missed: w.missed }));
  return (
    <Chart title={words.assignments.title}>
      <Frame title={words.assignments.title} summary={words.assignments.summary}>
        <Group left={margin.left} top={margin.top}>
          <BarStack data={data} keys={[...keys]} x={(d) => d.label} xScale={x} yScale={y} color={(key) => colours[key]} />
          <Axes x={x} y={y} />
        </Group>
      </Frame>
      <Legend items={keys.map((k) => ({ label: words.assignments[k], colour: colours[k] }))} />
      <DataTable words={words} columns={keys.map((k) => words.assignments[k])} rows={weeks.map((w) => [w.week.label, w.onTime, w.late, w.missed])} />
    </Chart>
  );
}

export function HoursChart({ weeks, words, formatHours }: { weeks: ChartWeek[]; words: PlanChartWords; formatHours: (n: number) => string }) {
  const x = scaleBand<string>({ domain: weeks.map((w) => w.week.label), range: [0, innerWidth], padding: 0.3 });
  const y = yScaleFor(Math.max(...weeks.map((w) => w.averageHoursToPublication ?? 0)));
  return (
    <Chart title={words.hours.title}>
      <Frame title={words.hours.title} summary={words.hours.summary}>
        <Group left={margin.left} top={margin.top}>
          {weeks.map((w) =>
            w.averageHoursToPublication === null ? null : (
              <Bar
                key={w.week.label}
                x={x(w.week.label)}
                y={y(w.averageHoursToPublication)}
                width={x.bandwidth()}
                height={innerHeight - y(w.averageHoursToPublication)}
                fill={colours.hours}
              />
            ),
          )}
          <Axes x={x} y={y} />
        </Group>
      </Frame>
      <Legend items={[{ label: words.hours.hours, colour: colours.hours }]} />
      <DataTable
        words={words}
        columns={[words.hours.hours]}
        rows={weeks.map((w) => [w.week.label, w.averageHoursToPublication === null ? words.hours.none : formatHours(w.averageHoursToPublication)])}
      />
    </Chart>
  );
}
