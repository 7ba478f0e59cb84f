// Whom to involve for an agreement, named from the organisation file ("burgemeester An Peeters"),
// said once: the catalogue's statements of one agreement mostly name the same people, and a line
// under each of them buried the rules themselves.
import { makeStyles, tokens } from '@fluentui/react-components';
import { describeRole } from '../../../shared/organisation/people';
import type { EffectiveAgreement, EffectiveOrganisation } from '../../../shared/organisation/types';
import { involvedRoles } from '../audience';

const useStyles = makeStyles({
  line: { margin: 0, color: tokens.colorNeutralForeground2 },
});

export function ContactLine(props: { agreement: EffectiveAgreement; org: EffectiveOrganisation }) {
  const styles = useStyles();
  const roles = involvedRoles(props.agreement);
  if (!roles.length) return null;
  return (
    <p className={styles.line} data-contact>
      <strong>Betrek: </strong>
      {roles.map((role) => describeRole(role, props.org)).join('; ')}
    </p>
  );
}
