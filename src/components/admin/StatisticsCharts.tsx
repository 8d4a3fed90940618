'use client'

import React from 'react'
import {
  Bar,
  BarChart,
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts'

/** One bar chart: a row per category, a bar per series. */
export type BarChartData = {
  title: string
  /** The series: the row key each reads and its label. */
  series: { key: string; label: string }[]
  rows: ({ name: string } & Record<string, number | string>)[]
}

/** A line over the days of the period. */
export type LineChartData = {
  title: string
  label: string
  points: { day: string; count: number }[]
}

/** Payload's theme colours, so the charts follow the light and dark admin. */
const COLOURS = ['var(--theme-success-500)', 'var(--theme-warning-500)', 'var(--theme-error-500)']

/**
 * The statistics page's charts (recharts), drawn in the browser from figures the server page
 * already computed and labelled: bars for counts side by side (by agency, kind, language), a
 * line for page views per day. The numbers themselves, with their links, are in the page's
 * tables; the charts are for seeing the shape.
 */
export function StatisticsCharts({
  bars,
  line,
}: {
  bars: BarChartData[]
  line: LineChartData | null
}): React.ReactElement {
  return (
    <div
      style={{
        display: 'grid',
        gridTemplateColumns: 'repeat(auto-fit, minmax(360px, 1fr))',
        gap: 'calc(var(--base) * 2)',
        margin: 'calc(var(--base) * 2) 0',
      }}
    >
      {bars.map((chart) => (
        <figure key={chart.title} style={{ margin: 0 }} data-statistics-chart={chart.title}>
          <figcaption style={{ fontWeight: 600, marginBottom: 'var(--base)' }}>
            {chart.title}
          </figcaption>
          <ResponsiveContainer width="100%" height={260}>
            <BarChart data={chart.rows} margin={{ top: 8, right: 8, bottom: 8, left: 0 }}>
              <CartesianGrid strokeDasharray="3 3" stroke="var(--theme-elevation-150)" />
              <XAxis dataKey="name" tick={{ fill: 'var(--theme-text)', fontSize: 12 }} />
              <YAxis allowDecimals={false} tick={{ fill: 'var(--theme-text)', fontSize: 12 }} />
              <Tooltip />
              <Legend />
              {chart.series.map((series, index) => (
                <Bar
                  key={series.key}
                  dataKey={series.key}
                  name={series.label}
                  fill={COLOURS[index % COLOURS.length]}
                />
              ))}
            </BarChart>
          </ResponsiveContainer>
        </figure>
      ))}
      {line && line.points.length > 0 ? (
        <figure style={{ margin: 0 }} data-statistics-chart={line.title}>
          <figcaption style={{ fontWeight: 600, marginBottom: 'var(--base)' }}>
            {line.title}
          </figcaption>
          <ResponsiveContainer width="100%" height={260}>
            <LineChart data={line.points} margin={{ top: 8, right: 8, bottom: 8, left: 0 }}>
              <CartesianGrid strokeDasharray="3 3" stroke="var(--theme-elevation-150)" />
              <XAxis dataKey="day" tick={{ fill: 'var(--theme-text)', fontSize: 12 }} />
              <YAxis allowDecimals={false} tick={{ fill: 'var(--theme-text)', fontSize: 12 }} />
              <Tooltip />
              <Line
                type="monotone"
                dataKey="count"
                name={line.label}
                stroke={COLOURS[0]}
                dot={false}
              />
            </LineChart>
          </ResponsiveContainer>
        </figure>
      ) : null}
    </div>
  )
}
