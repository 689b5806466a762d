import { formatNumber, useMessages } from '@klinik/shared';
import { compare, latestPoint, meetsStandard, reconcile, type Fulfilment } from '../domain/indicators.ts';
import type { Indicator } from '../domain/types.ts';
import { messages } from '../messages.ts';
import { formatPct, indicatorLabel } from './format.ts';
import { DataTable, ScrollRegion } from './tables.ts';

interface IndicatorSummaryTableProps {
  indicators: Indicator[];
  /** For roles that may see the patients: a column computed from their values. */
  showComputed: boolean;
  /** Undefined while the patients load. */
  computed?: Map<string, Fulfilment>;
  caption: string;
}

/** The latest quarter of every indicator: clinic, region, country, the standard, and the check against patient data. */
export function IndicatorSummaryTable({
  indicators,
  showComputed,
  computed,
  caption,
}: IndicatorSummaryTableProps) {
  const t = useMessages(messages);
  return (
    <ScrollRegion tabIndex={0} role="region" aria-label={caption}>
      <DataTable>
        <caption style={{ paddingLeft: 8 }}>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t.columns.indicator}</th>
            <th scope="col" className="num">
              {t.columns.clinic}
            </th>
            <th scope="col" className="num">
              {t.columns.region}
            </th>
            <th scope="col" className="num">
              {t.columns.national}
            </th>
            <th scope="col">{t.columns.standard}</th>
            <th scope="col">{t.columns.assessment}</th>
            {showComputed && <th scope="col">{t.columns.computed}</th>}
          </tr>
        </thead>
        <tbody>
          {indicators.map((indicator) => {
            const point = latestPoint(indicator);
            const own = computed?.get(indicator.id);
            const met = point ? meetsStandard(indicator, point.clinicPct) : undefined;
            return (
              <tr key={indicator.id}>
                <th scope="row" style={{ fontWeight: 600 }}>
                  {indicatorLabel(indicator)}
                  <span className="sub">
                    {indicator.description}
                    {indicator.direction === 'lower-is-better' && ` ${t.lowerIsBetter}.`}
                  </span>
                </th>
                <td className="num">
                  {point ? formatPct(point.clinicPct) : '–'}
                  {point && (
                    <span className="sub">
                      {t.fraction(formatNumber(point.numerator), formatNumber(point.denominator))}
                    </span>
                  )}
                </td>
                <td className="num">{point ? formatPct(point.regionPct) : '–'}</td>
                <td className="num">{point ? formatPct(point.nationalPct) : '–'}</td>
                <td className="nowrap">
                  {indicator.standardPct === undefined
                    ? t.noStandard
                    : indicator.direction === 'higher-is-better'
                      ? t.standardTarget(formatPct(indicator.standardPct))
                      : t.standardCeiling(formatPct(indicator.standardPct))}
                </td>
                <td>
                  {point && (
                    <>
                      {met !== undefined && (
                        <span className="sub">{met ? `✓ ${t.standardMet}` : `✗ ${t.standardMissed}`}</span>
                      )}
                      <span className="sub">
                        {t.comparison[compare(indicator, point.clinicPct, point.nationalPct)]}
                      </span>
                    </>
                  )}
                </td>
                {showComputed && (
                  <td>
                    {!computed && t.computing}
                    {own?.pct !== undefined &&
                      (point
                        ? reconcile(own, point) === 'matches'
                          ? t.computedMatches(formatPct(own.pct))
                          : t.computedDiffers(formatPct(own.pct))
                        : formatPct(own.pct))}
                    {own && (
                      <span className="sub">
                        {t.fraction(formatNumber(own.numerator), formatNumber(own.denominator))}
                      </span>
                    )}
                  </td>
                )}
              </tr>
            );
          })}
        </tbody>
      </DataTable>
    </ScrollRegion>
  );
}
