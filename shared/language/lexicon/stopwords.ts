// Dutch function words: they carry no topic, so ranking ignores them and the speller never
// "corrects" them into a domain word.
export const STOPWORDS: ReadonlySet<string> = new Set(
  `de het een en of in op aan van voor met naar door bij over uit te is zijn was waren wordt worden werd
  geworden ben bent heb hebt heeft hebben had wat wie hoe waar wanneer waarom welke welk dat die dit deze er dan
  ook al nog niet geen wel maar als om tot zo zoals toch even eens nu hier daar daarvoor daarover daarop erop
  ervan eraan ermee erover hem haar hun hen zij ze jij je jou jouw u uw hij men iets niets niks alles iemand
  niemand elk elke ieder iedere alle andere ander zelf zelfs dus want omdat terwijl zodat mits tenzij
  eigenlijk gewoon zomaar best beter graag misschien echt heel veel weinig meer minst eerst daarna nadien
  vooraf achteraf altijd nooit soms vaak mag mogen mocht mochten moet moeten moest moesten kan kunnen kon
  konden kun zal zullen zou zouden wil willen wilde wou ga gaan gaat gegaan doe doen doet gedaan laat laten
  hoort horen ok oke okay ja nee neen aub ajb pls dank merci hallo hoi dag goedemorgen vraag vraagje
  zeker sowieso allemaal ergens waarmee waarin welke wat's da dak ge gij zijde ons onze uwe mijn m'n z'n
  zo'n 't 's d'r eh allez awel amai tis hé he hoeveel stuk tegen sinds tijdens zonder binnen buiten
  onder boven na naast via per sommige paar komen komt kom kwam kwamen gekomen`
    .split(/\s+/)
    .filter(Boolean),
);
