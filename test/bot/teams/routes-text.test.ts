import { foldForMatching } from '../../../bot/teams/fold';
import { helpRoute } from '../../../bot/teams/help-route';
import { smallTalkRoute } from '../../../bot/teams/small-talk-route';
import { zilverbeekOrganisation } from '../../helpers/bot-harness';

const context = {} as never;

describe('help route', () => {
  it.each([
    'help',
    'Help!',
    'HULP',
    'hulp nodig',
    'help mij aub',
    '?',
    '???',
    'Wat kan je?',
    'wat kan jij allemaal doen?',
    'Wat kan ik vragen?',
    'hoe werkt dit',
    'wie ben jij?',
    "commando's",
    'uitleg',
  ])('matches "%s"', async (text) => {
    expect(await helpRoute.matches(text, context)).toBe(true);
  });

  it.each([
    'Mag ik hulp vragen aan de communicatiedienst voor een folder?',
    'help, een journalist belt me',
    'wat kan ik doen als een journalist belt?',
    'Wie helpt mij met een persbericht?',
  ])('leaves a real question alone: "%s"', async (text) => {
    expect(await helpRoute.matches(text, context)).toBe(false);
  });
});

describe('small talk route', () => {
  const route = smallTalkRoute(zilverbeekOrganisation());
  it.each([
    'hallo',
    'Hoi!',
    'Goeiemorgen',
    'dag Afspraak',
    'Bedankt!',
    'merci',
    'ok, dank je wel',
    'Dankjewel 🙂',
    'top',
  ])('matches "%s"', async (text) => {
    expect(await route.matches(text, context)).toBe(true);
  });
  it.each([
    'Hallo, mag ik een persbericht sturen?',
    'dag van de buurt: mag ik affiches hangen?',
    'bedankt voor de info, maar wie tekent de brief?',
  ])('leaves a question alone: "%s"', async (text) => {
    expect(await route.matches(text, context)).toBe(false);
  });
});

describe('foldForMatching', () => {
  it('drops case, accents, apostrophes and punctuation', () => {
    expect(foldForMatching("  Commando's?! ")).toBe('commandos');
    expect(foldForMatching('Één idee…')).toBe('een idee');
    expect(foldForMatching(' ?? ')).toBe('?');
  });
});
