// The tab's search asks the same question back as the bot when a search could mean two or three
// situations (issue 13): the question, and one button per situation that narrows the results to it.
import { Button, makeStyles, Text, tokens } from '@fluentui/react-components';
import { buttonLabel } from '../../../shared/ask/situations';
import type { Clarification } from '../../../shared/ask/types';

const useStyles = makeStyles({
  box: {
    display: 'grid',
    rowGap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    backgroundColor: tokens.colorNeutralBackground3,
    borderRadius: tokens.borderRadiusMedium,
  },
  choices: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

export function SearchClarification(props: {
  clarification: Clarification;
  chosen?: number;
  onChoose: (agreement: number | undefined) => void;
}) {
  const styles = useStyles();
  return (
    <div className={styles.box} role="group" aria-label="Verduidelijking">
      <Text weight="semibold">{props.clarification.question}</Text>
      <div className={styles.choices}>
        {props.clarification.choices.map((c) => (
          <Button
            key={c.agreement}
            appearance={props.chosen === c.agreement ? 'primary' : 'secondary'}
            aria-pressed={props.chosen === c.agreement}
            onClick={() => props.onChoose(props.chosen === c.agreement ? undefined : c.agreement)}
          >
            {buttonLabel(c.label)}
          </Button>
        ))}
      </div>
    </div>
  );
}
