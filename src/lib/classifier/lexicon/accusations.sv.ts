import { wordEntries, type WordList } from './types.ts';

/** Verbs that accuse someone of a crime or disgraceful conduct ("snor pengar", "tafsar"). */
export const accuseVerbsSv: WordList = {
  category: 'accuse-verb',
  lang: 'sv',
  why: 'Anklagelse',
  entries: wordEntries([
    // Nutid och dåtid: en anklagelse gäller något personen gör eller gjorde.
    'm: snor ljuger fifflat förskingrat snodde snott stjäl stal stulit förskingrar förskingrade fifflar fifflade mutar mutade tafsar tafsade tafsat antastar antastade trakasserar trakasserade misshandlar misshandlade misshandlat våldtog våldtar våldtagit langar langade knarkar knarkade smugglar smugglade snattar snattade fuskar fuskade ljög bedrar bedrog lurar lurade lurat fuskat ljugit snattat smugglat langat antastat trakasserat mutor mobbar mobbade mobbat förfalskat förfalskade',
  ]),
};
