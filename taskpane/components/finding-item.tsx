// One finding: what, where (the excerpt), why (the agreement), and what to do about it.
// CONTRACT §4: one element per finding carrying data-rule, with excerpt, message and number.
import { Badge, Button, makeStyles, mergeClasses, Text, tokens } from '@fluentui/react-components';
import { useId, useState } from 'react';
import { placesOf } from '../../shared/checks/finding';
import type { Finding, Place } from '../../shared/checks/types';
import type { EffectiveAgreement } from '../../shared/organisation/types';
import { canApply, canApplyAll, canApplyPlace, sentenceAround } from '../findings';
import { SEVERITY_LABELS } from '../labels';

const useStyles = makeStyles({
  item: {
    listStyleType: 'none',
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderLeftWidth: '4px',
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXS,
  },
  error: { borderLeftColor: tokens.colorPaletteRedBorderActive },
  warning: { borderLeftColor: tokens.colorPaletteDarkOrangeBorderActive },
  info: { borderLeftColor: tokens.colorBrandStroke1 },
  head: { display: 'flex', alignItems: 'center', columnGap: tokens.spacingHorizontalS },
  agreement: { color: tokens.colorNeutralForeground2, marginLeft: 'auto' },
  excerpt: {
    margin: 0,
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalS}`,
    borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorNeutralStroke1}`,
    backgroundColor: tokens.colorNeutralBackground3,
    fontStyle: 'italic',
    overflowWrap: 'anywhere',
    // A signature block spans lines: keep them as the writer sees them.
    whiteSpace: 'pre-line',
  },
  message: { margin: 0 },
  suggestion: { margin: 0, color: tokens.colorNeutralForeground2 },
  actions: { display: 'flex', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalXS },
  context: { fontStyle: 'normal', color: tokens.colorNeutralForeground2 },
  mark: {
    backgroundColor: tokens.colorPaletteYellowBackground2,
    color: tokens.colorNeutralForeground1,
    fontStyle: 'italic',
  },
  places: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalL,
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXS,
  },
  place: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXXS },
  block: {
    margin: 0,
    padding: tokens.spacingHorizontalS,
    backgroundColor: tokens.colorNeutralBackground3,
    whiteSpace: 'pre-wrap',
    fontFamily: tokens.fontFamilyBase,
  },
  why: {
    padding: tokens.spacingHorizontalS,
    backgroundColor: tokens.colorNeutralBackground2,
    borderRadius: tokens.borderRadiusMedium,
  },
  whyLine: { marginTop: tokens.spacingVerticalXS },
});

const SEVERITY_BADGE = { error: 'danger', warning: 'warning', info: 'informative' } as const;

/** Long excerpts (a whole sentence) are shortened in the middle; the full text is in Word. */
function shorten(text: string, max = 160): string {
  if (text.length <= max) return text;
  const half = Math.floor((max - 3) / 2);
  return `${text.slice(0, half)} … ${text.slice(-half)}`;
}

export interface FindingActions {
  /** Select a place in the document ("Toon"); absent where there is nothing to select. */
  onShow?: (f: Finding, place: Place) => void;
  /** Replace one place with its fix ("Pas toe"), then re-check. */
  onApply?: (f: Finding, place: Place) => void;
  /** Replace every place of a grouped finding with its fix ("Pas alles toe"), then re-check. */
  onApplyAll?: (f: Finding) => void;
  onDismiss: (f: Finding) => void;
  /** Put a suggested block (a contact block) on the clipboard. */
  onCopy?: (text: string) => Promise<void>;
}

export interface FindingItemProps extends FindingActions {
  finding: Finding;
  /** The organisation's text of the agreement, for "Waarom?". */
  agreement?: EffectiveAgreement;
  /** The checked text, to show the sentence around each excerpt. */
  text?: string;
  disabled?: boolean;
}

/** The excerpt in its sentence, the excerpt marked; the excerpt alone without the text. */
function InContext({
  text,
  place,
  className,
  markClass,
  contextClass,
}: {
  text?: string;
  place: Place;
  className: string;
  markClass: string;
  contextClass: string;
}) {
  const around =
    text !== undefined && text.slice(place.start, place.end) === place.excerpt
      ? sentenceAround(text, place.start, place.end)
      : { before: '', excerpt: place.excerpt, after: '' };
  return (
    <blockquote className={className} title={place.excerpt}>
      <span className={contextClass}>{around.before}</span>
      <mark className={markClass}>{shorten(around.excerpt)}</mark>
      <span className={contextClass}>{around.after}</span>
    </blockquote>
  );
}

/** A suggestion of several lines (a contact block) is a block to copy, not a sentence. */
function isBlock(suggestion: string): boolean {
  return suggestion.includes('\n');
}

export function FindingItem({
  finding,
  agreement,
  text,
  onShow,
  onApply,
  onApplyAll,
  onDismiss,
  onCopy,
  disabled,
}: FindingItemProps) {
  const styles = useStyles();
  const [why, setWhy] = useState(false);
  const [copied, setCopied] = useState(false);
  const messageId = useId();
  const whyId = useId();
  const places = placesOf(finding);
  const grouped = places.length > 1;
  const applicable = onApply && !grouped && canApply(finding);
  const block =
    finding.suggestion && !finding.fix && isBlock(finding.suggestion) ? finding.suggestion : undefined;
  const contextProps = {
    text,
    className: styles.excerpt,
    markClass: styles.mark,
    contextClass: styles.context,
  };
  return (
    <li
      className={mergeClasses(styles.item, styles[finding.severity])}
      data-rule={finding.rule}
      data-severity={finding.severity}
      aria-describedby={messageId}
    >
      <div className={styles.head}>
        <Badge appearance="tint" color={SEVERITY_BADGE[finding.severity]} size="medium">
          {capitalise(SEVERITY_LABELS[finding.severity].one)}
        </Badge>
        {grouped && <Text size={200}>{places.length} plaatsen</Text>}
        <Text size={200} className={styles.agreement}>
          Afspraak {finding.agreement}
        </Text>
      </div>
      {finding.excerpt && !grouped && <InContext place={places[0]} {...contextProps} />}
      <p className={styles.message} id={messageId}>
        <Text>{finding.message}</Text>
      </p>
      {grouped && (
        <ol className={styles.places} aria-label="Plaatsen in de tekst">
          {places.map((p) => (
            <li key={`${p.start}:${p.end}`} className={styles.place} data-place={`${p.start}-${p.end}`}>
              <InContext place={p} {...contextProps} />
              {(p.fix || p.suggestion) && (
                <Text size={200} className={styles.suggestion}>
                  {p.fix ? (
                    <>
                      Voorstel: <strong>{p.fix.replacement}</strong>
                    </>
                  ) : (
                    p.suggestion
                  )}
                </Text>
              )}
              <div className={styles.actions}>
                {onShow && (
                  <Button
                    size="small"
                    appearance="subtle"
                    disabled={disabled}
                    onClick={() => onShow(finding, p)}
                  >
                    Toon
                  </Button>
                )}
                {onApply && canApplyPlace(p) && (
                  <Button
                    size="small"
                    appearance="secondary"
                    disabled={disabled}
                    onClick={() => onApply(finding, p)}
                  >
                    Pas toe
                  </Button>
                )}
              </div>
            </li>
          ))}
        </ol>
      )}
      {!grouped && finding.suggestion && !block && (
        <p className={styles.suggestion}>
          <Text size={200}>
            {applicable ? 'Voorstel: ' : ''}
            {applicable && finding.fix ? <strong>{finding.fix.replacement}</strong> : finding.suggestion}
          </Text>
        </p>
      )}
      {grouped && finding.suggestion && !canApplyAll(finding) && (
        <p className={styles.suggestion}>
          <Text size={200}>{finding.suggestion}</Text>
        </p>
      )}
      {block && <pre className={styles.block}>{block}</pre>}
      <div className={styles.actions}>
        {onShow && finding.excerpt && !grouped && (
          <Button
            size="small"
            appearance="subtle"
            disabled={disabled}
            onClick={() => onShow(finding, places[0])}
          >
            Toon
          </Button>
        )}
        {applicable && (
          <Button
            size="small"
            appearance="primary"
            disabled={disabled}
            onClick={() => onApply(finding, places[0])}
          >
            Pas toe
          </Button>
        )}
        {onApplyAll && canApplyAll(finding) && (
          <Button size="small" appearance="primary" disabled={disabled} onClick={() => onApplyAll(finding)}>
            Pas alles toe
          </Button>
        )}
        {block && onCopy && (
          <Button
            size="small"
            appearance="secondary"
            disabled={disabled}
            onClick={() =>
              void onCopy(block).then(
                () => setCopied(true),
                () => setCopied(false),
              )
            }
          >
            {copied ? 'Gekopieerd' : 'Kopieer'}
          </Button>
        )}
        <Button size="small" appearance="subtle" disabled={disabled} onClick={() => onDismiss(finding)}>
          Negeer
        </Button>
        <Button
          size="small"
          appearance="transparent"
          aria-expanded={why}
          aria-controls={why ? whyId : undefined}
          onClick={() => setWhy(!why)}
        >
          Waarom?
        </Button>
      </div>
      {why && (
        <div className={styles.why} id={whyId} role="note" aria-label={`Afspraak ${finding.agreement}`}>
          {agreement ? (
            <>
              <Text size={200} weight="semibold" block>
                Afspraak {agreement.number}
                {agreement.variantLabel ? ` (${agreement.variantLabel})` : ''} · {agreement.section.title}
              </Text>
              {agreement.text.split(/\n+/).map((line, i) => (
                <Text key={i} size={200} block className={styles.whyLine}>
                  {line}
                </Text>
              ))}
            </>
          ) : (
            <Text size={200}>
              Afspraak {finding.agreement} staat niet in de afsprakennota van je organisatie.
            </Text>
          )}
        </div>
      )}
    </li>
  );
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
