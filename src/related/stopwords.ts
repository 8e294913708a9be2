/**
 * Words that say nothing about what a paper is about. General English function words, plus the
 * boilerplate of ML abstracts ("we propose a novel method that achieves state-of-the-art
 * results"): left in, they make every pair of abstracts look alike and they glue meaningless
 * bigrams ("propose novel") together.
 */
const ENGLISH = `a about above across after again against all almost along already also although always am
among an and another any are around as at be because been before being below between both but by
can cannot could did do does doing done down during each either else enough especially etc even ever
every few for from further had has have having he her here hers herself him himself his how however
i if in into is it its itself just least less let like made make makes many may me might more most
much must my myself neither no nor not now of off often on once one only onto or other others our
ours ourselves out over own per perhaps quite rather same several shall she should since so some
such than that the their theirs them themselves then there thereby therefore these they this those
though through thus to together too toward towards under until up upon us use used uses using very
via was we well were what whatever when where whereas whether which while who whom whose why will
with within without would yet you your yours yourself`;

const ACADEMIC = `ability abilities art achieve achieves achieved achieving across approach approaches available
based better challenge challenges challenging code comprehensive current demonstrate demonstrates
different effective effectively existing experiment experiments extensive first furthermore github
however http https important improve improved improves improvement including introduce introduces
key method methods moreover new notably novel paper present presents previous project
propose proposed proposes provide provides recent recently remain remains result results show shows
significant significantly study studies superior various work works www`;

export const STOP_WORDS: ReadonlySet<string> = new Set(`${ENGLISH} ${ACADEMIC}`.split(/\s+/).filter(Boolean));
