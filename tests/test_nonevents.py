"""Sentences that name no political event, one per construction, beside the events of the same
words that stay (sentences written for the project)."""

from __future__ import annotations

import pytest

from dateline import Article
from dateline.code.lexicon import _read_non_events
from dateline.errors import DataFileError

PUBDATE = "2024-03-16"


# (sentence, trigger that must give no event)
NON_EVENTS = [
    # naming and judging: an object complement
    ("Counter-protesters, who have called them traitors, marched to the square.", "called"),
    # "come to" with no place, party or gathering to come to
    ("When it came to religion, the rhetoric of the party hardened.", "came"),
    ("Before the dispute came to a head, the committee met twice.", "came"),
    # acts on things of the mind
    ("The decision will destroy any trust the allies still have in Washington.", "destroy"),
    ("The western powers would not fight for their values in the region.", "fight"),
    ("The historian recognizes the rhetoric of the populist movement.", "recognizes"),
    ("The ministers restricted themselves to vague calls for calm.", "restricted"),
    # a question asked
    ("The reporter asked the minister why the talks had failed.", "asked"),
    # the writer, the reader and private life
    ("In August I asked my father to translate during the interview.", "asked"),
    ("My request to interview the leader of the group was denied.", "request"),
    ("Three of her sisters have gathered in the flat to support their father.", "support"),
    # generic and habitual statements
    ("The majority of Canadians welcome newcomers from the war.", "welcome"),
    ("When the government wants the support of local militias, it pays them.", "wants"),
    # what would happen on a condition
    ("If the town were in Europe, every government would be helping the survivors.", "helping"),
    # a thing of the mind as the actor
    ("The perception of weakness threatened the alliance.", "threatened"),
    # a judgement by the police is no act of theirs
    ("Police inspectors deemed the building safe.", "deemed"),
    # the words of a sign or chant
    ("The marchers carried signs reading \u201cstop the army from helping the militias\u201d.",
     "helping"),
    # a view stated in a "that"-clause: no threat, demand, agreement or concession
    ("Analysts warned that the decision could weaken the alliance.", "warned"),
    ("The general warned that an assault on the enclave would be a disaster.", "warned"),
    ("The senator insisted that he was treated unfairly by the courts.", "insisted"),
    ("The envoy agreed that the situation was different now.", "agreed"),
    ("The general conceded that the offensive had stalled.", "conceded"),
    # idioms: a question asked, courage summoned, a stake held, a reply received, thanks
    ("The lawyer insisted that the judge ask the witness the question.", "ask"),
    ("She finally summoned the courage to call her sister.", "summoned"),
    ("The western powers are too invested in the war to back out now.", "invested"),
    ("The western powers are too invested in the war to back out now.", "back"),
    ("The complaints of the villagers were met with silence.", "met"),
    ("\u201cThank God,\u201d she said.", "thank"),
    ("The applicants must first demonstrate a credible fear of persecution.", "demonstrate"),
    ("The report said the strike was not based on intelligence.", "based"),
    ("Nobody is suggesting that the country go to war over the dispute.", "go"),
    # a private person's journey: no visit
    ("Her cousin went to Tunisia last summer to work in a bakery.", "went"),
    ("Their mother flew to Lisbon in the hope of finding the boys.", "flew"),
    # occasions, sport, film and argument; acts of nature; things of value endangered
    ("Thousands gathered in the park for the concert on Saturday.", "gathered"),
    ("Hundreds of mourners gathered at the funeral of the singer.", "gathered"),
    ("Liverpool attacked down the left in the second half.", "attacked"),
    ("The home side attacked down the left in the second half.", "attacked"),
    ("The striker attacked the ball and scored twice.", "attacked"),
    ("The veteran beat the record by two seconds.", "beat"),
    ("The director shot the film in Morocco last spring.", "shot"),
    ("The committee shot down the proposal on Tuesday.", "shot"),
    ("Prices exploded after the harvest failed.", "exploded"),
    ("The storm hit the coast on Monday night.", "hit"),
    ("An earthquake struck the region at dawn.", "struck"),
    ("The new policy threatens international peace.", "threatens"),
    # naming: a passive, a participle, the subject named
    ("It is called terrorism, a calculated effort to spread fear.", "called"),
    ("The fighter, who called himself Abu Saad, wants to leave.", "called"),
    # what one does to oneself or goes through; learning; things of the mind offered
    ("Women in the north are liberating themselves, she said.", "liberating"),
    ("No family should have to go through this again.", "go"),
    ("Two weeks later, she found out that he was in the north.", "found"),
    ("Their mistakes offered glimpses of his methods as leader.", "offered"),
    # a thing as the actor of talk or cooperation
    ("Morsels of chatter have helped the analysts fill in a picture of his movements.",
     "helped"),
    ("The victory in the north allowed the rebels to regroup.", "allowed"),
    # a participle joined to its agent describes a party
    ("Russian and Iran-backed forces took the town on Monday.", "backed"),
    # a present participle says which side a party stands on, no fight or support told
    ("An officer of the coalition battling the insurgents spoke on Monday.", "battling"),
    ("Volunteers backing the militia had only themselves to blame, he said.", "backing"),
    # the kind of thing acted on decides the sense: texts, figures and products released,
    # phones and fees charged, records hit, copies ordered
    ("The ministry released a report on the killings on Monday.", "released"),
    ("The army released figures showing that forty soldiers had died.", "released"),
    ("The band released its third album in the spring.", "released"),
    ("Refugees charged their phones at the station overnight.", "charged"),
    # a plan foiled in metaphor, the words of a banner, aircraft described as circling
    ("With this operation we have thwarted the game of hostile powers in the region.",
     "thwarted"),
    ("Banners urging a yes vote hang from the balconies.", "urging"),
    ("Fighter jets circling above the town searched for targets.", "circling"),
    # figures strike highs, time is killed, a share of seats is captured
    ("Unemployment struck a new high last month.", "struck"),
    ("The index struck a record high in March.", "struck"),
    ("He killed time at the airport before the flight.", "killed"),
    ("The party captured a third of the seats in the election.", "captured"),
    # a career, a chart or a gaffe: no shot, raid or seizure
    ("She shot to fame after the election.", "shot"),
    ("The band stormed the charts with its new single.", "stormed"),
    ("The ruling party seized on the gaffe.", "seized"),
    ("The reforms killed the industry.", "killed"),
    # a profit made, a leader pressed by critics
    ("Investors made a killing on the deal.", "killing"),
    ("The prime minister is under siege from critics in her own party.", "siege"),
    ("The landlord charged a fee for every night in the shelter.", "charged"),
    ("Oil prices hit a record high on Monday.", "hit"),
    ("Inflation hit its highest level in a decade.", "hit"),
    ("To order a copy of the book, call the number below.", "order"),
    # the dead, a table or a screen gathered round: mourning, eating, watching
    ("Dozens of people gathered around the bodies of the victims.", "gathered"),
    ("The family gathered around the television to hear the result.", "gathered"),
    # a wedge struck; frustration exploded; relations strained; refuge, a way or office sought
    ("The plan seems aimed to strike a wedge between the two regions.", "strike"),
    ("Decades of frustration exploded in the spring.", "exploded"),
    ("Relations between the two capitals were strained by the row.", "strained"),
    ("The fighters sought refuge in the desert.", "sought"),
    ("The leader was seeking to flee over the border.", "seeking"),
    ("The governor is seeking re-election next year.", "seeking"),
    # things of the mind reinforced, gained or invested in; held to account; doubt voiced
    ("The trial reinforced the perception of a captured judiciary.", "reinforced"),
    ("The idea gained common currency in the capital.", "gained"),
    ("She has invested too much in her new life to ever go back.", "invested"),
    ("The commanders will never be held accountable for the shelling.", "held"),
    ("The father questioned how his son had been able to leave the country.", "questioned"),
    ("The minister questioned the figures in the report.", "questioned"),
    # numbers and support decline; wars of trade and the cold war
    ("Support for the war has declined in recent months.", "declined"),
    ("The trade war between the two powers deepened.", "war"),
    ("The cold war between the two kingdoms went on.", "war"),
    # a force that only says, names or plans, or a text or an act as the doer
    ("The commanding officer paid tribute to the soldier's courage.", "paid"),
    ("A defected army officer articulates a common view.", "articulates"),
    ("The army statement said the town had fallen, using an old name for the group.",
     "using"),
    ("Troops near the border are making final plans for the offensive.", "making"),
    # sanctions hit economies; roles retreated from; alliances splintered; part taken;
    # settling down, beefing up, a bus picking people up, works consulted, a war prosecuted,
    # reactions invited, a call dismissed (an appeal, no phone call)
    ("The sanctions hit the economy hard.", "hit"),
    ("The country was retreating from its global role.", "retreating"),
    ("Alliances and agendas have splintered.", "splintered"),
    ("Hundreds of students took part in the debate.", "took"),
    ("The unit will beef up the process of choosing targets.", "beef"),
    ("She thought a bus would pick them up at the harbour.", "pick"),
    ("A curious reader will consult other works too.", "consult"),
    ("The force was sent to prosecute a ground campaign.", "prosecute"),
    ("The long delay invited such acts of defiance.", "invited"),
    # a vision given
    ("The group threatens them by providing a rival vision of society.", "providing"),
    # betrayal told as a wound; a journalist's interview; acts of no occasion named as a risk
    ('"They stabbed us in the back," the commander said of his former allies.', "stabbed"),
    ("The great powers stabbed the Kurds in the back.", "stabbed"),
    ("A reporter interviewed the refugees at the camp.", "interviewed"),
    ("I interviewed the rebel commander in a cafe near the border.", "interviewed"),
    ("Air strikes risk provoking a wider war.", "strikes"),
    ("Military action risks escalating an already devastating conflict.", "action"),
    # an army's acts outside the lexicon named as a topic: talk of them, no act
    ("The cabinet is split over military action in the region.", "action"),
    ("The base is at the heart of the British military presence in the region.", "presence"),
    # the kind of thing acted on: refugees hosted, a president left in power, a flat looked
    # after, a search thwarted, a likeness, charges faced, a scene on video, credibility lent,
    # a call overheard, a blow felt, crimes committed, permission given
    ("Jordan hosts more than 600,000 refugees from the war.", "hosts"),
    ("The troops would withdraw, leaving the president in power.", "leaving"),
    ("She spends her days looking after the family flat.", "looking"),
    ("The minister's obstruction was thwarting the search for justice.", "thwarting"),
    ("Nobody knows what the town will look like after the withdrawal.", "look"),
    ("A former soldier was in court on Wednesday facing a prosecution under the new law.",
     "facing"),
    ("The arrest of the two men was captured on video by a bystander.", "captured"),
    ("Attending the conference would lend credibility to the process.", "lend"),
    ("The call was picked up by a listening station in the north.", "picked"),
    ("Now the conflict is hitting home.", "hitting"),
    ("The crimes these two men are alleged to have committed were brutal.", "committed"),
    ("The former prime minister did give sanction for strikes against the fighters.",
     "sanction"),
    # what the state of things or a want of courage kept from happening
    ("The signal was too fleeting to deploy the jets.", "deploy"),
    # a craft going its way in a scene
    ("Fighter jets soared above the crowd during the parade.", "soared"),
    ("The rebels were too weak to launch an attack on the town.", "attack"),
    ("The navy did not have the nerve to fight on the beaches.", "fight"),
    # what acting on the subject is like; a necessity on a supposition; a quoted question
    # asked; a standing disagreement
    ("The verdict was hard to accept for the families.", "accept"),
    ("Diplomats acknowledged that the president would have to be allowed to stand.",
     "allowed"),
    ("The army may have to withdraw from the town.", "withdraw"),
    ("\u201cWill you resign?\u201d I asked the minister.", "asked"),
    ("The two governments remain at odds over the border.", "remain"),
    # a state of things judged; words stood by; going home; a pronoun for a thing held
    ("It helps that the talks have begun in Geneva.", "helps"),
    ("The minister stood by his earlier remarks on Monday.", "stood"),
    ("The world cannot stand by while the town is shelled.", "stand"),
    ("The volunteers went home to their towns after the war.", "went"),
    ("The airfield lies near the coast and it is held by the militia.", "held"),
    # a participle that says who the fighters are; what another act made possible
    ("The volunteers fighting with the militia in the north are a target.", "fighting"),
    ("The army left the town, allowing the convoys to enter.", "allowing"),
    # what a party may do, no permission told as given
    ("Reporters were not allowed to film inside the camp.", "allowed"),
    ("Visitors were not permitted to carry phones in the compound.", "permitted"),
    ("No one was allowed to leave the camp after dark.", "allowed"),
    ("The family says she should be allowed to come back to the country.", "allowed"),
    # a danger warned of, no act of force
    ("The agency warned of a sharp rise in hunger across the region.", "warned"),
    # a wish no one has acted on
    ("The refugees are desperate to return to their villages.", "return"),
    # a question put to the one who answers; one's own side's act claimed; support renewed
    ("Asked about the convoy, the governor said it had left at dawn.", "asked"),
    ("The ministry insisted it would keep the border crossing open.", "insisted"),
    ("The two allies have reinforced their backing for the embattled governor.", "reinforced"),
    # a source's wish of anonymity
    ("A border guard, who asked not to be named, said the crossing was shut.", "asked"),
    ("A nurse, who refused to be named, said the ward was full.", "refused"),
    ("The officers who agreed to interviews spoke on condition of anonymity.", "agreed"),
    # a private journey, a reply met, things picked up, a duty
    ("The young engineer left for the capital in August.", "left"),
    ("A retired worker who went to Lebanon to volunteer has died.", "went"),
    ("The proposal has met a mixed response in the capitals.", "met"),
    ("The scouts picked up radios dropped by the smugglers.", "picked"),
    ("The agency has a mandate to support governments in the region.", "support"),
    # what one's efforts go to: an aim, no act told
    ("The ministry has focused its energies on fighting the cartels.", "fighting"),
    ("The cabinet has a narrow focus on supporting the governor.", "supporting"),
    # an army's action weighed or argued for, not taken
    ("The allies are considering military action in the region.", "action"),
    ("The senator is advocating military action against the cartel.", "action"),
    # an army's act named alone, told as done: a description or a topic, no deployment
    ("The pact assured a lasting Spanish military presence at the port.", "presence"),
    ("The president has blocked a new military operation in the valley.", "operation"),
    ("Austria's military intervention has saved the regime.", "intervention"),
    # a text or picture posted is no posting of forces
    ("The militia claimed the raid in a message posted on its website.", "posted"),
    # a contrast drawn with "as": no stance taken
    ("The donors want pressure on the council, as opposed to new sanctions.", "opposed"),
    # word senses by the object, the doer or the preposition
    ("Two years ago the militants swept into the villages along the river.", "swept"),
    ("The gunmen are dug into the rubble of the old mill.", "dug"),
    ("The magazine tracked down a former guard of the prison.", "tracked"),
    ("Two news agencies contributed to this report.", "contributed"),
    ("The vote in the assembly left the way open for new sanctions.", "left"),
    ("The girls in the settlement cannot go to school.", "go"),
    ("The volunteers slept for an hour before heading to the frontline.", "heading"),
    ("The new rules were meant to be a fresh start for the farmers.", "meant"),
    ("The council must ask itself what went wrong.", "ask"),
    ("The navy evacuated staff and equipment from the port.", "evacuated"),
    ("A leaflet distributed to the villagers warned of floods.", "distributed"),
    ("The cabinet tried to kill off rumours of a reshuffle.", "kill"),
    ("The brief skirmishes demonstrated how fragile the truce was.", "demonstrated"),
    ("Speaking to reporters by phone, the mayor said the bridge was shut.", "speaking"),
    ("It was hard on his mother, who flew to the border to look for him.", "flew"),
    ("The valley, hailed as the birthplace of the wine trade, was emptied.", "hailed"),
    ("The new decree opened the door to longer detentions.", "opened"),
    ("The clerks sort what they receive each morning.", "receive"),
    ("Two medics helped a dazed driver to his feet.", "helped"),
    ("The new tribunal offers a chance to try the old cases.", "offers"),
    ("Thousands of holidaymakers visit the island each summer.", "visit"),
    ("The neighbours are now resigned to the general staying in power.", "resigned"),
    ("The customs of the valley will not allow for quick forgiveness.", "allow"),
    ("The quarrel over the dam has poisoned relations between the neighbours.", "poisoned"),
    # a party's support named by a possessive is a standing tie; a hedging passive "alleged";
    # one's own case defended; advice to take care
    ("Their support for the governor has never wavered.", "support"),
    ("The two brothers are alleged to have run the smuggling ring.", "alleged"),
    ("The ministry defended its decision in a statement on Monday.", "defended"),
    ("The agency warned travellers to exercise caution near the border.", "warned"),
    # serving in a role; what is needed, described so; rumour; two courses held open
    ("The peacekeepers have acted as a buffer between the two armies.", "acted"),
    ("The documents needed to convict the officers have been lost.", "needed"),
    ("There is now talk of a new offensive in the south.", "talk"),
    ("Either the two parties mend their ties or the coalition will collapse.", "mend"),
    ("Every few months the guards either get killed or replaced.", "killed"),
    # a share in an outcome, with no one helped
    ("Foreign money has helped prolong the war in the south.", "helped"),
    # word senses: a hand in something, a feeling, an opinion, a ruling, canvassing, a house rule
    ("The new subsidies helped create thousands of jobs.", "helped"),
    ("The envoys have helped in lengthening the talks.", "helped"),
    ("The families expressed relief that the trial had begun.", "relief"),
    ("The columnist backed the idea of a new tax.", "backed"),
    ("The judges struck down the new rule on Tuesday.", "struck"),
    ("The party rallied its supporters before the vote.", "rallied"),
    ("Shares rallied after the announcement.", "rallied"),
    ("The club banned the fans from its ground for a year.", "banned"),
    ("She accepted the award on behalf of the group.", "accepted"),
    ("The preacher defended the faith in his sermons.", "defended"),
    ("The analysts agree with the rationale of the plan.", "agree"),
    ("The campaign mobilized voters in the suburbs.", "mobilized"),
    ("The only way to protect the town is to prevent an outbreak of violence.", "prevent"),
    ("The town has welcomed thousands of refugees since the war began.", "welcomed"),
    ("The doctors examined the bodies in the morgue.", "examined"),
    ("His search for his children has lasted four years.", "search"),
    ("There is a case for trying the men abroad.", "case"),
    # private journeys; hurts to the body; borders widened; an order broken up; a kind of noun
    ("A local reporter came to the village to write about the floods.", "came"),
    ("The singer and her husband flew off on Friday to their house on the coast.", "flew"),
    ("The beatings have frozen one side of his face.", "frozen"),
    ("A wave of new shops is pushing the borders of the town out into the fields.", "pushing"),
    ("Years of war have splintered the old regional order.", "splintered"),
    ("The rebel factions, splintered and divided, no longer threaten the capital.", "splintered"),
    ("Aid agencies fear that thousands could be displaced by the offensive.", "aid"),
    # what one wishes to see done; what one is not let do
    ("The relatives said they wanted to see the two men stand trial.", "stand"),
    # a thing picked up; what a toll shows up; aims shifted from one to another
    ("You have to take all your stuff, pick it up, and go.", "pick"),
    ("The rising death toll highlights the urgent need for a ceasefire.", "highlights"),
    ("The ministry has shifted its focus from fighting the cartels to preventing the smuggling "
     "of arms.", "fighting"),
    ("The ministry has shifted its focus from fighting the cartels to preventing the smuggling "
     "of arms.", "preventing"),
    # gunfire taken, no criticism: a convoy or medics under fire, with no matter it is over
    ("The medics came under fire as they reached the village.", "came"),
    ("An aid convoy came under heavy fire near the crossing.", "came"),
    # getting ready for a thing is no intent told to anyone
    ("The army was gearing up for an assault on the enclave.", "gearing"),
    # help given is told by what is done, not by "coming to" it
    ("Coming to the aid of the embattled party, the minister said its partners could not "
     "dictate terms.", "coming"),
    # a war going on for years, no battle
    ("The rebels have been fighting the government for six years.", "fighting"),
    # found with no finder named: no arrest
    ("A schoolgirl who left London in 2015 has been tracked down in a camp.", "tracked"),
]


@pytest.mark.parametrize("text, trigger", NON_EVENTS)
def test_parties_and_senses_drop_what_is_no_event(no_event_on, text, trigger):
    no_event_on(text, trigger, PUBDATE)


# The same words where they do name an event: (sentence, trigger, event type)
EVENTS = [
    ("The foreign minister flew to Lisbon for talks with his counterpart.", "flew", "AGREE"),
    ("The president called the prime minister on Monday.", "called", "CONSULT"),
    ("The newspaper attacked the minister in an editorial.", "attacked", "ACCUSE"),
    ("Gunmen attacked the offices of the newspaper on Monday.", "attacked", "ASSAULT"),
    ("Rebels captured half of the city after heavy fighting.", "captured", "COERCE"),
    ("Militants struck a police post near the border.", "struck", "ASSAULT"),
    ("Police stormed the building where the gunmen were hiding.", "stormed", "ASSAULT"),
    ("The militia killed the owner of the business.", "killed", "ASSAULT"),
    ("Militants carried out the killing of a judge.", "killing", "ASSAULT"),
    ("The town has been under siege from rebel fighters for a month.", "siege", "COERCE"),
    ("The opposition called for a general strike.", "called", "REQUEST"),
    ("The foreign minister came to Moscow for talks.", "came", "CONSULT"),
    ("The government came under fire for its handling of the crisis.", "came", "ACCUSE"),
    ("The minister came under fire from MPs over the decision.", "came", "ACCUSE"),
    ("The gunman was tracked down by soldiers in the hills.", "tracked", "COERCE"),
    ("Rebels have been fighting government troops in the suburbs since Tuesday.", "fighting",
     "ASSAULT"),
    ("Police tracked down the two fugitives near the border.", "tracked", "COERCE"),
    ("The investigators dug into the accounts of the ministry.", "dug", "ACCUSE"),
    ("Japan contributed ten million dollars to the relief fund.", "contributed", "AID"),
    ("The president hailed the ceasefire as a breakthrough.", "hailed", "SUPPORT"),
    ("Jordan opened its doors to refugees from the war.", "opened", "AID"),
    ("Shelling destroyed the bridge over the river.", "destroyed", "ASSAULT"),
    ("Rebels fought government troops for control of the airport.", "fought", "ASSAULT"),
    ("Sweden recognised the state of Palestine in 2014.", "recognised", "SUPPORT"),
    ("The army restricted the movement of journalists in the province.", "restricted",
     "COERCE"),
    ("The journalist asked the minister to resign.", "asked", "REQUEST"),
    ("I asked the ministry to release the detained reporters.", "asked", "REQUEST"),
    ("Canada gave the refugees two million dollars.", "gave", "AID"),
    ("Protesters in the capital welcomed the ruling of the court.", "welcomed", "SUPPORT"),
    ("The marchers carried signs as the police arrested ten of them.", "arrested", "COERCE"),
    ("The police did not consider it necessary to register a case.", "consider", "COERCE"),
    ("The army warned that it would retaliate against any attack.", "warned", "THREATEN"),
    ("France defended its ally against the criticism.", "defended", "SUPPORT"),
    ("The talks of the two foreign ministers ended in Geneva.", "talks", "CONSULT"),
    ("The White House warned that the US would respond swiftly.", "warned", "THREATEN"),
    ("Hamas warned that the militants would attack if the raids went on.", "warned",
     "THREATEN"),
    ("The rebels insisted that the government release all prisoners.", "insisted",
     "REQUEST"),
    ("The union insisted the company must rehire the sacked drivers.", "insisted", "REQUEST"),
    ("The navy reinforced its ships in the strait.", "reinforced", "MOBILIZE"),
    ("The mayor asked the police to name the suspects.", "asked", "REQUEST"),
    ("The convoys were allowed to enter the town on Monday.", "allowed", "RETREAT"),
    ("The two sides agreed to a ceasefire in the north.", "agreed", "AGREE"),
    ("The ministers met with their Turkish counterparts in Ankara.", "met", "CONSULT"),
    ("Thousands of workers demonstrated outside parliament on Sunday.", "demonstrated",
     "PROTEST"),
    ("The minister went to Moscow for talks on the pipeline.", "went", "CONSULT"),
    ("Iran-backed militias attacked the base on Monday.", "attacked", "ASSAULT"),
    ("The foundation invested two million dollars in the port.", "invested", "COOPERATE"),
    ("Thousands of protesters gathered outside parliament on Sunday.", "gathered", "PROTEST"),
    ("Government troops attacked through the valley at dawn.", "attacked", "ASSAULT"),
    ("The opposition attacked the government's budget plan.", "attacked", "ACCUSE"),
    ("Police beat the protesters with batons.", "beat", "ASSAULT"),
    ("Troops shot three protesters in the square.", "shot", "ASSAULT"),
    ("A bomb exploded in the market on Friday.", "exploded", "ASSAULT"),
    ("Rebels threatened the town with an assault.", "threatened", "THREATEN"),
    ("Rebels liberated the town from government forces.", "liberated", "COERCE"),
    ("The council's decision allowed aid convoys to enter the city.", "allowed", "CONCEDE"),
    # the same verbs acting on people, forces and places
    ("The rebels released two hostages on Friday.", "released", "RETREAT"),
    ("The two men were released on bail on Tuesday.", "released", "RETREAT"),
    ("Police charged the three men with murder.", "charged", "ACCUSE"),
    ("Rebels hit the town with rockets overnight.", "hit", "ASSAULT"),
    ("Protesters gathered around the parliament building on Sunday.", "gathered", "PROTEST"),
    ("The army sought help from the United Nations.", "sought", "REQUEST"),
    ("The police questioned the suspect for six hours.", "questioned", "ACCUSE"),
    ("Police lathi-charged the protesters near the station.", "charged", "ASSAULT"),
    ("Troops reinforced the garrison in the north.", "reinforced", "MOBILIZE"),
    ("The town was hit by rockets overnight.", "hit", "ASSAULT"),
    ("Government troops retreated from the town on Monday.", "retreated", "RETREAT"),
    ("Police picked up the two suspects at the harbour.", "picked", "COERCE"),
    ("Prosecutors will prosecute the officers for the killings.", "prosecute", "ACCUSE"),
    ("Russia welcomed the council's call.", "call", "REQUEST"),
    ("The attacker stabbed him in the back outside the station.", "stabbed", "ASSAULT"),
    ("Detectives interviewed the suspect for six hours.", "interviewed", "COERCE"),
    ("The suspect was interviewed by police on Monday.", "interviewed", "COERCE"),
    ("The king hosted the president at the palace on Monday.", "hosted", "CONSULT"),
    ("Soldiers faced the protesters in the square on Monday.", "faced", "MOBILIZE"),
    ("The rebels freed three hostages on Tuesday.", "freed", "RETREAT"),
    ("Government troops freed the town from the rebels on Tuesday.", "freed", "COERCE"),
    ("The government committed to a ceasefire on Monday.", "committed", "AGREE"),
    ("The militia committed atrocities in the village.", "committed", "ASSAULT"),
    ("Rebels hit the convoy with rockets.", "hit", "ASSAULT"),
    ("The rebels accepted the offer of talks on Monday.", "accepted", "AGREE"),
    ("The army had to withdraw from the town on Monday.", "withdraw", "RETREAT"),
    ("The army helped the refugees on Monday.", "helped", "AID"),
    ("The donors helped the town rebuild its schools.", "helped", "AID"),
    ("The rebels stood by their allies in the north.", "stood", "SUPPORT"),
    ("The volunteers stood side by side with the villagers in the siege.", "stood", "SUPPORT"),
    ("Eleven men were held by the police overnight.", "held", "COERCE"),
    ("The militia fighting in the north was attacked by drones.", "attacked", "ASSAULT"),
    ("The army warned of reprisals against the village.", "warned", "THREATEN"),
    ("The council's decision allowed the convoys to enter the town.", "allowed", "CONCEDE"),
    ("Extra police were posted around the stadium.", "posted", "MOBILIZE"),
    ("As the council opposed the plan, the mayor resigned.", "opposed", "REJECT"),
    ("The council is opposed to the new curfew.", "opposed", "REJECT"),
    ("The foreign minister left for Moscow on Monday.", "left", "CONSULT"),
    ("The rebels met the envoy in the capital.", "met", "CONSULT"),
    # a craft of war going by a named country or sea is a show of force
    ("Russian warplanes flew over the Black Sea near the Turkish coast.", "flew", "MOBILIZE"),
    ("The province announced its support for the governor on Monday.", "support", "SUPPORT"),
    ("The opposition leader alleged that the vote had been rigged.", "alleged", "ACCUSE"),
    ("The president warned the rebels not to attack the capital.", "warned", "THREATEN"),
    ("Norway acted as a mediator between the two sides.", "acted", "CONSULT"),
    ("The strike either killed or wounded thirty people.", "killed", "ASSAULT"),
    ("The neighbours helped the villagers on Monday.", "helped", "AID"),
    ("The charity helped the refugees in the camp on Monday.", "helped", "AID"),
    ("The agency sent relief to the flooded villages.", "relief", "AID"),
    ("The government backed the rebels in the north.", "backed", "SUPPORT"),
    ("He was struck down by a bullet near the border.", "struck", "ASSAULT"),
    ("Thousands rallied in the capital against the government.", "rallied", "PROTEST"),
    ("The commander rallied his troops before the assault.", "rallied", "MOBILIZE"),
    ("The government banned the group on Monday.", "banned", "COERCE"),
    ("The army mobilised thousands of reservists on Monday.", "mobilised", "MOBILIZE"),
    ("The border guards prevented the fighters from crossing the river.", "prevented",
     "COERCE"),
    ("Police carried out a search of the house on Monday.", "search", "COERCE"),
    ("The central bank froze the assets of the ruling family.", "froze", "SANCTION"),
    ("The army pushed the rebels out of the town.", "pushed", "COERCE"),
    ("The delegation arrived in the capital for talks with the president.", "arrived",
     "CONSULT"),
    ("The rebels accepted the offer of talks on Monday.", "accepted", "AGREE"),
    ("Police picked him up at the airport on Friday.", "picked", "COERCE"),
    ("The agency highlighted the need for more aid to the camps.", "highlighted", "REQUEST"),
    # an army's act carried out ("launched", "stepped up", "began"): a deployment
    ("The army launched a military intervention in the valley on Monday.", "intervention",
     "MOBILIZE"),
    ("The navy stepped up its military presence in the strait.", "presence", "MOBILIZE"),
    ("The Nigerian military intervention began in May.", "intervention", "MOBILIZE"),
    ("The governor has posted a large contingent of army troops at the bridge.", "contingent",
     "MOBILIZE"),
]


@pytest.mark.parametrize("text, trigger, etype", EVENTS)
def test_parties_and_senses_keep_the_events(types_on, text, trigger, etype):
    assert types_on(text, trigger, PUBDATE) == [etype]


BAD_ROWS = [
    ("come\n", "expected"),
    ("come\tnowhere=to\n", "unknown condition kind"),
    ("call\t!predicative=x\n", "takes none"),
    ("&occasions\n", "expected '&name"),
    ("gather\tpp=for:&occasions\n", "undefined word set"),
    ("warn\tstatement=that\n", "takes none"),
]


def test_lexicon_non_events_word_sets_are_spelled_out(tmp_path):
    path = tmp_path / "non_events.tsv"
    path.write_text("&occasions\tconcert|funeral\ngather\tpp=for:&occasions\tan example\n",
                    encoding="utf-8")
    [sense] = _read_non_events(path)["gather"]
    assert sense.condition == "pp=for:concert|funeral"


@pytest.mark.parametrize("text, message", BAD_ROWS)
def test_lexicon_non_events_file_is_validated(tmp_path, text, message):
    path = tmp_path / "non_events.tsv"
    path.write_text("# a comment\n" + text, encoding="utf-8")
    with pytest.raises(DataFileError, match=message):
        _read_non_events(path)


# a force's act named by a noun and carried out by a verb is one event, the noun's, done by the
# verb's subject when that is a force
CARRIED_ONCE = [
    ("The army launched a military intervention in the valley on Monday.", "The army"),
    ("The navy stepped up its military presence in the strait.", "The navy"),
]


@pytest.mark.parametrize("text, doer", CARRIED_ONCE)
def test_an_act_noun_carried_out_is_one_deployment_by_the_carrier(pipeline, text, doer):
    events = pipeline.extract(Article(doc_id="t", text=text, pubdate="2024-05-06"))
    mobilized = [e for e in events if e.event_type == "MOBILIZE"]
    assert len(mobilized) == 1, [(e.trigger, e.source) for e in events]
    assert mobilized[0].source is not None and mobilized[0].source.text == doer


def test_police_coming_to_the_rescue_stays_an_act(types_on):
    # only help in words ("coming to the aid of the party") is no event
    assert types_on("Police came to the rescue of the villagers on Monday.", "came", PUBDATE)
