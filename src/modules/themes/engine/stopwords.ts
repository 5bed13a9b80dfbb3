/** English stop words (function words), and the words too general to name a theme in customer feedback. */

export const STOPWORDS: ReadonlySet<string> = new Set(
  `a about above after again against all am an and any are aren't as at be because been before being below between both
  but by can can't cannot could couldn't did didn't do does doesn't doing don't down during each few for from further had
  hadn't has hasn't have haven't having he he'd he'll he's her here here's hers herself him himself his how how's i i'd
  i'll i'm i've if in into is isn't it it's its itself let's me more most mustn't my myself no nor not of off on once only
  or other ought our ours ourselves out over own same shan't she she'd she'll she's should shouldn't so some such than
  that that's the their theirs them themselves then there there's these they they'd they'll they're they've this those
  through to too under until up very was wasn't we we'd we'll we're we've were weren't what what's when when's where
  where's which while who who's whom why why's with won't would wouldn't you you'd you'll you're you've your yours
  yourself yourselves im ive id dont cant wont didnt doesnt isnt wasnt arent werent havent hasnt couldnt wouldnt
  shouldnt youre theyre thats whats theres also just really even still yet already ever never always much many lot lots
  quite rather well yes yeah ok okay oh hi hello hey dear via etc per will shall may might must us u ur r im amp
  one two three four five six seven eight nine ten first second another every everything something anything nothing
  someone anyone everyone thing things way back around now today tomorrow yesterday tonight soon ago`.split(/\s+/),
);

/**
 * Words that carry sentiment or filler but name no topic: discovery skips them as key terms, so suggestions are
 * about what customers talk about ("delivery", "on hold"), not how they feel ("great", "thanks").
 */
export const GENERIC: ReadonlySet<string> = new Set(
  `good great bad best worst better worse love loved hate hated like liked awesome amazing terrible horrible awful excellent
  fantastic brilliant wonderful lovely nice fine happy unhappy thanks thank thankyou thx please pls plz sorry glad
  appreciate appreciated get got getting gets go going gone went come came coming make made making take took taking know
  knew need needs needed want wants wanted say said says tell told think thought see seen look looking let lets give gave
  given keep kept try tried trying use used using put seems seem feel felt find found done doing would could
  lol omg wow guys guy people person company thing stuff lot bit day days time times year years week weeks hour hours
  minute minutes month months new old big little long right left last next sure able unable yes hope hoping
  problem problems issue issues experience experiences happen happens happened happening suck sucks sucked unacceptable
  ridiculous serious seriously absolutely completely complete totally total actually finally basically literally
  probably maybe perhaps definitely certainly honestly simply especially usually apparently supposed allow allowed
  reason reasons though although since point mean means meant least different same whole entire kind sort matter
  wrong deal joke real far enough instead else otherwise almost nearly later earlier early late-night anyway either
  word words ask asked asking show showed shown start started stop stopped however unfortunately fortunately
  beautiful pretty cute gorgeous perfect perfectly super disappointed disappointing disappointment excited pleased
  satisfied unsatisfied poor decent nice overall generally`.split(/\s+/),
);
