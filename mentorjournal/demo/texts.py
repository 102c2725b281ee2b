"""The words of the demo journal: who the trainer and the mentees are, and what a trainer in
Electrical Installation, Welding & Fabrication and Automotive Mechanics would write.

Pure data, kept apart from the generator so it can be read, corrected or translated without
touching the logic. Everyone and every company here is invented. `{name}` in a text is the
mentee's preferred name; `{names}` the attendees of a group session; `{company}` a workplace.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..models import GoalCategory

OWNER_NAME = "Hanna Tesfaye"
INSTITUTION = "Entoto Ridge Polytechnic College, Addis Ababa"


@dataclass(frozen=True)
class GoalText:
    """A SMART goal a trainer might agree with a mentee; `target_value` None: tracked in %."""

    title: str
    specific: str
    measure: str
    target_value: float | None
    unit: str
    achievable: str
    relevant: str
    category: GoalCategory
    months: int


@dataclass(frozen=True)
class TradeTexts:
    """What is said and done in one trade."""

    programme: str
    code: str
    topics: tuple[str, ...]  # roughly in the order of the curriculum
    observations: tuple[str, ...]
    workplaces: tuple[str, ...]
    workplace_notes: tuple[str, ...]
    mentee_actions: tuple[str, ...]
    mentor_actions: tuple[str, ...]
    goals: tuple[GoalText, ...]
    notes_am: tuple[str, ...]
    notes_ar: tuple[str, ...]


EI = "EI"
WF = "WF"
AM = "AM"

TRADES: dict[str, TradeTexts] = {
    EI: TradeTexts(
        programme="Electrical Installation",
        code="EI",
        topics=(
            "Safe isolation procedure",
            "Reading single-line diagrams",
            "Conduit bending: offsets and saddles",
            "Lighting circuits: two-way and intermediate switching",
            "Cable sizing and voltage drop",
            "Earthing and bonding",
            "Consumer unit wiring and labelling",
            "Insulation resistance testing",
            "RCD testing and fault finding",
            "Motor starter (DOL) wiring",
            "Estimating materials for a small installation",
            "Preparing for the COC practical assessment",
        ),
        observations=(
            "{name} bent a 90° offset on 20 mm conduit first time, with clean saddles.",
            "Still mixing up the old and new cable colours on the practice board; we went "
            "through the colour codes again.",
            "{name} talked me through safe isolation without any prompts, a big step since "
            "last month.",
            "Insulation resistance readings were recorded correctly, but the test sheet was "
            "untidy and one circuit was missing.",
            "Struggled to size the cable for the workshop socket circuit. We worked the "
            "voltage drop calculation together and {name} did the second one alone.",
            "The consumer unit {name} wired on the practice board was neat and every circuit "
            "was labelled.",
            "{name} found the fault on the two-way lighting circuit in under ten minutes.",
            "Forgot to check the tester on a known live source before proving dead. We stopped "
            "and repeated the whole procedure properly.",
            "The DOL starter worked first time, but the control wiring was not dressed. "
            "Neatness counts in the COC assessment.",
            "{name} asked good questions about earthing on TN-S and TT systems.",
        ),
        workplaces=("Tana Electrical Contractors", "Bole Building Services"),
        workplace_notes=(
            "Visited {name} at {company}. The site supervisor says {name} is reliable and "
            "careful with isolation; he wants more speed on conduit runs.",
            "Saw {name} at {company} installing lighting in a new apartment block. Work was "
            "tidy; we discussed how to read the architect's drawings on site.",
            "{company}: {name} was testing circuits with the foreman. The logbook is up to "
            "date and signed.",
        ),
        mentee_actions=(
            "Wire the two-way lighting circuit on the practice board",
            "Complete the voltage drop worksheet",
            "Demonstrate safe isolation to a first-year student",
            "Bring the signed attachment logbook",
            "Label all circuits on the practice consumer unit",
            "Revise the earthing arrangements chapter",
            "Fill in the insulation resistance test sheet for board 4",
            "Bend two offsets and one saddle on 25 mm conduit",
        ),
        mentor_actions=(
            "Ask the workshop head for extra practice-board time",
            "Print the cable sizing tables",
            "Book the insulation tester for next week",
            "Contact Tana Electrical Contractors about an attachment place",
            "Check the COC assessment dates with the registrar",
        ),
        goals=(
            GoalText(
                "Pass the Level III COC practical assessment",
                "Complete the practical assessment tasks (installation, testing, fault "
                "finding) to the assessor's standard.",
                "Practice assessments passed under exam conditions",
                3,
                "assessments",
                "Two practice slots a month are booked in the workshop.",
                "The certificate is required by every contractor we place learners with.",
                GoalCategory.TECHNICAL_SKILL,
                8,
            ),
            GoalText(
                "Wire a domestic consumer unit to standard, unaided",
                "Wire, label and test a six-way consumer unit without help.",
                "Practice boards passing inspection first time",
                5,
                "boards",
                "Boards are available on Tuesday and Thursday afternoons.",
                "This is the most common job in a first position.",
                GoalCategory.TECHNICAL_SKILL,
                4,
            ),
            GoalText(
                "Carry out insulation resistance and RCD tests correctly",
                "Test and record results for a full installation, with the right instrument "
                "settings.",
                "Test sheets completed without errors",
                10,
                "test sheets",
                "The college has two testers; I book one each week.",
                "Testing is where learners lose most marks.",
                GoalCategory.TECHNICAL_SKILL,
                3,
            ),
            GoalText(
                "Lead a safety toolbox talk for first-year students",
                "Prepare and give a 10-minute talk on safe isolation.",
                "Talks given",
                2,
                "talks",
                "First-year classes meet every Monday morning.",
                "Speaking up on site matters as a future supervisor.",
                GoalCategory.SOFT_SKILL,
                5,
            ),
        ),
        notes_am=(
            "የሽቦ ዝርጋታ ልምምድ ላይ ጥሩ እድገት አለ።",
            "የመለኪያ መሳሪያዎችን አጠቃቀም ደግመን ተለማመድን።",
        ),
        notes_ar=(),
    ),
    WF: TradeTexts(
        programme="Welding & Fabrication",
        code="WF",
        topics=(
            "Workshop safety: fumes, screens and PPE",
            "Reading fabrication drawings and weld symbols",
            "Electrode selection and storage",
            "Fillet welds in the horizontal position (SMAW)",
            "Oxy-fuel cutting and bevel preparation",
            "Vertical-up technique",
            "MIG setup: wire feed and voltage",
            "Distortion control on long seams",
            "Visual inspection of welds: undercut and porosity",
            "Bend test preparation",
            "Fabricating a gate frame from the drawing",
            "Pipe welding basics: the root pass",
        ),
        observations=(
            "{name}'s fillet welds show even ripples now; the leg length is still about 1 mm "
            "short.",
            "Undercut on the vertical-up test piece again. We slowed the travel speed and it "
            "improved on the third run.",
            "{name} set up the MIG machine alone and the wire feed was right first time.",
            "Porosity on two joints: the electrodes had been left out of the oven overnight. "
            "We talked about storage.",
            "The gate frame came out square within 2 mm over the diagonal. Good work.",
            "{name} prepared the bevels with the oxy-fuel torch; the cuts were clean but the "
            "angle varied.",
            "Bend test coupon cracked at the root, lack of fusion. We agreed on more root-pass "
            "practice.",
            "{name} reminded a classmate to use the screen. Good to see the safety habits "
            "sticking.",
            "Tack welds were too small and the frame moved. We went through a tacking sequence "
            "together.",
            "{name} read the weld symbols on drawing WF-12 correctly, including the field weld "
            "flag.",
        ),
        workplaces=("Akaki Metal Works", "Sheger Steel Fabrication"),
        workplace_notes=(
            "Visited {name} at {company}. The foreman trusts {name} with tacking and grinding "
            "now, and wants to see more vertical welding.",
            "{company}: {name} was welding window grilles for a school project. Good PPE habits; "
            "ventilation in the bay is poor and I raised it with the owner.",
            "Met {name} and the supervisor at {company}. They are happy with punctuality; the "
            "next step is reading the shop drawings without help.",
        ),
        mentee_actions=(
            "Practise ten vertical-up fillet welds on 8 mm plate",
            "Cut and bevel four coupons for the bend test",
            "Sketch the weld symbols from drawing WF-12",
            "Log electrode oven times for a week",
            "Grind out and re-weld the failed root pass",
            "Measure the gate frame diagonals and record them",
            "Watch the MIG setup video and note the settings",
        ),
        mentor_actions=(
            "Ask stores for a new box of E7018 electrodes",
            "Book a booth for extra practice on Saturday",
            "Call Akaki Metal Works about the attachment",
            "Find an English-Arabic glossary of welding terms",
            "Arrange the bend test with the workshop assistant",
        ),
        goals=(
            GoalText(
                "Pass the vertical-up fillet weld bend test",
                "Weld 10 mm plate in the vertical-up position so that coupons pass the bend test.",
                "Test coupons passing the bend test",
                4,
                "coupons",
                "Booth time on three afternoons a week.",
                "Vertical welding is required for the Level III certificate and most site jobs.",
                GoalCategory.TECHNICAL_SKILL,
                6,
            ),
            GoalText(
                "Reduce visible weld defects",
                "Fewer undercut, porosity and spatter defects on practice welds.",
                "Share of welds passing visual inspection",
                90,
                "%",
                "Inspection after every practice session with the gauge.",
                "Clean welds are what employers look at first.",
                GoalCategory.TECHNICAL_SKILL,
                4,
            ),
            GoalText(
                "Fabricate a complete gate frame from a drawing",
                "Cut, fit, tack and weld a gate frame to the drawing.",
                "Frames completed within 2 mm of the drawing",
                2,
                "frames",
                "Material from the college's production unit.",
                "Gates and grilles are the bread and butter of small workshops.",
                GoalCategory.TECHNICAL_SKILL,
                5,
            ),
            GoalText(
                "Secure an industry attachment at a fabrication workshop",
                "Find a workshop that takes the mentee for the three-month attachment.",
                "Steps done: CV, visits, interview, placement letter",
                None,
                "",
                "The college's industry liaison office has a list of workshops.",
                "The attachment is part of the qualification.",
                GoalCategory.CAREER,
                3,
            ),
        ),
        notes_am=(
            "የብየዳ ስፌቶቹ ይበልጥ ንጹህ ሆነዋል።",
            "የኤሌክትሮድ አያያዝን በተመለከተ ተነጋገርን።",
        ),
        notes_ar=(
            "تحسّن ملحوظ في جودة اللحام هذا الأسبوع.",
            "تحدثنا عن طريقة تخزين أقطاب اللحام بشكل صحيح.",
        ),
    ),
    AM: TradeTexts(
        programme="Automotive Mechanics",
        code="AM",
        topics=(
            "Workshop safety and vehicle lifting",
            "Service records and job cards",
            "Torque specifications and tightening sequences",
            "Brake system inspection and pad replacement",
            "Battery and charging system testing",
            "Cooling system pressure testing",
            "Reading wiring diagrams for lighting circuits",
            "Suspension and steering checks",
            "Fuel injection basics and injector cleaning",
            "Engine diagnostics with a scan tool",
            "Timing belt replacement procedure",
            "Customer communication at the reception desk",
        ),
        observations=(
            "{name} read the fault codes with the scan tool and explained the misfire on "
            "cylinder 3 correctly.",
            "Brake pad replacement done in 40 minutes, torque settings checked without a reminder.",
            "Struggled to follow the lighting wiring diagram; we traced the circuit on the "
            "training car together.",
            "{name} pressure-tested the cooling system and found the leaking hose clamp.",
            "Job cards are now filled in completely, including parts used and time taken.",
            "Forgot to disconnect the battery before working on the starter. We went over the "
            "procedure again.",
            "{name} explained the timing marks to a first-year student, clearly and patiently.",
            "Charging system test done properly; {name} knew what the voltage at idle should be.",
            "Lifted the car on the wrong jacking points. Stopped the job and looked at the "
            "manual together.",
            "{name} is getting quicker at routine services without cutting corners.",
        ),
        workplaces=("Meskel Square Auto Service", "Kaliti Garage & Spares"),
        workplace_notes=(
            "Visited {name} at {company}. The workshop manager is pleased; {name} now does "
            "oil services alone and helps with brake jobs.",
            "{company}: watched {name} diagnose a no-start on a minibus with the senior "
            "mechanic. Good method, a bit shy to speak to the customer.",
            "Met the supervisor at {company}. {name} is punctual; they would like to see more "
            "use of the service manual before asking.",
        ),
        mentee_actions=(
            "Complete the brake inspection checklist on the training car",
            "Read the service manual section on the cooling system",
            "Fill in job cards for every task this week",
            "Read fault codes on two vehicles and explain them",
            "Measure and record brake disc thickness on three cars",
            "Practise the timing belt procedure on the engine stand",
            "Prepare three questions for the garage supervisor",
        ),
        mentor_actions=(
            "Borrow the second scan tool from the diesel workshop",
            "Print the wiring diagram for the training car",
            "Phone Kaliti Garage about the next visit",
            "Ask the library for the Toyota service manuals",
            "Check whether a laptop can be lent from the ICT office",
        ),
        goals=(
            GoalText(
                "Diagnose engine faults with the scan tool",
                "Read, interpret and confirm fault codes on real vehicles.",
                "Faults diagnosed correctly and confirmed",
                12,
                "faults",
                "Cars come in to the training workshop every week.",
                "Diagnostics is the skill garages pay for.",
                GoalCategory.TECHNICAL_SKILL,
                6,
            ),
            GoalText(
                "Complete a full brake service within 60 minutes",
                "Inspect, replace pads and check the system to the checklist, in standard time.",
                "Brake services done within 60 minutes",
                6,
                "services",
                "The training fleet has four cars due for brake work.",
                "Speed with quality is what a garage expects of a new mechanic.",
                GoalCategory.TECHNICAL_SKILL,
                4,
            ),
            GoalText(
                "Keep complete job cards",
                "Every task recorded with parts, time and findings.",
                "Weeks with every job card complete",
                8,
                "weeks",
                "Job cards are checked on Fridays.",
                "Records protect the mechanic and the customer.",
                GoalCategory.SOFT_SKILL,
                3,
            ),
            GoalText(
                "Apply for three garage positions",
                "Prepare a CV and apply to three garages before graduation.",
                "Applications sent",
                3,
                "applications",
                "The career office helps with CVs on Wednesdays.",
                "Graduation is in a few months.",
                GoalCategory.CAREER,
                4,
            ),
        ),
        notes_am=(),
        notes_ar=(
            "فحصنا نظام الفرامل معًا وشرحتُ خطوات التشخيص.",
            "تمرّنا على قراءة رموز الأعطال باستخدام جهاز الفحص.",
        ),
    ),
}

# Goals any mentee may have, whatever the trade.
COMMON_GOALS: tuple[GoalText, ...] = (
    GoalText(
        "Arrive on time for every practical session",
        "Be in the workshop, in PPE, at the start of each practical session.",
        "Sessions started on time",
        20,
        "sessions",
        "The bus leaves early enough if caught at 6:30.",
        "Punctuality is the first thing supervisors mention.",
        GoalCategory.PERSONAL,
        2,
    ),
    GoalText(
        "Read technical English with confidence",
        "Read a manual page and explain it in own words.",
        "Self-rated reading confidence",
        None,
        "",
        "Twenty minutes of reading a day with the glossary.",
        "Manuals and data sheets are in English.",
        GoalCategory.PERSONAL,
        6,
    ),
)

GENERAL_OBSERVATIONS: tuple[str, ...] = (
    "{name} arrived on time and had the logbook.",
    "Attendance slipped this fortnight; {name} says the minibus fare went up again.",
    "Motivation seems higher since the workplace visit.",
    "{name} was quiet today and tired after working late.",
    "Good questions today; {name} is starting to plan the job before picking up tools.",
    "We reviewed the actions from last time: most were done.",
    "{name} did not finish the reading, so we agreed on a smaller step.",
    "We talked about what comes after graduation: a contractor, or a small business of their own.",
    "Short session, exams this week.",
    "{name} brought a question from the workplace supervisor, which we worked through.",
)

PLANS: tuple[str, ...] = (
    "Next time we focus on {next_topic}.",
    "Agreed to meet in the workshop rather than my office next time.",
    "I will watch a practical session before we meet again.",
    "We check the goal progress at the next session.",
    "{name} will bring the logbook next time.",
)

NOTES_AM: tuple[str, ...] = (
    "ስለ ሥራ ቦታ ደህንነት ተወያየን።",
    "ያለፈውን ክፍለ ጊዜ ተግባራት ገምግመናል፤ አብዛኞቹ ተጠናቀዋል።",
    "በሚቀጥለው ሳምንት የተግባር ምዘና አለ።",
)

NOTES_AR: tuple[str, ...] = (
    "ناقشنا إجراءات السلامة في الورشة.",
    "راجعنا المهام من الجلسة السابقة، وقد أُنجز معظمها.",
    "اتفقنا على موعد الزيارة الميدانية القادمة.",
    "نحتاج إلى وقت إضافي للتدرّب على قراءة المخططات.",
)

GROUP_NOTES: tuple[str, ...] = (
    "Group session with {names}. Each showed their latest practice piece and the others gave "
    "feedback.",
    "{names} worked through the topic in pairs; I went round the benches.",
    "Group session with {names}. Lively discussion; the quieter ones spoke more when we split "
    "into two.",
)

PEER_NOTES: tuple[str, ...] = (
    "{names}: a peer session, {name} leading. I observed and only stepped in on the torque "
    "settings.",
    "Peer session of {names}. Good explanations; we agreed the next one runs without me.",
)

VIRTUAL_NOTES: tuple[str, ...] = (
    "Phone call: {name} could not come in this week. All fine, logbook up to date.",
    "Short call to check in. {name} asked to move the next meeting because of exams.",
)

PRIVATE_SESSION_NOTES: tuple[str, ...] = (
    "Seemed worried about money; mentioned the rent is late.",
    "Had a disagreement with the workshop assistant. Keep an eye on it.",
    "Looked unwell; I suggested the college clinic.",
    "I should be more patient when explaining calculations.",
    "Family situation is better this month.",
)

GENERAL_MENTEE_ACTIONS: tuple[str, ...] = (
    "Update the logbook",
    "Write down three questions for the next session",
    "Ask the workplace supervisor for feedback",
)

GENERAL_MENTOR_ACTIONS: tuple[str, ...] = (
    "Find a transport allowance form",
    "Send the logbook template",
    "Speak to the department head about the timetable clash",
)

CHECK_IN_NOTES: tuple[str, ...] = (
    "",
    "On track.",
    "Slower this month: exams took the time.",
    "Good jump since the last check.",
    "Steady progress.",
    "Needed help, but did most of it alone.",
)

DROPPED_NOTE = "Dropped: the timetable changed and the workshop slot is gone."

MENTOR_REFLECTIONS: tuple[str, ...] = (
    "Sessions with {name} are getting more focused. I talk less and ask more.",
    "I pushed too hard on the calculations today. {name} needs to see the job first and the "
    "theory after.",
    "{name} is gaining confidence; I should hand over more of the planning.",
    "The workplace visit changed how I see {name}'s progress: much stronger on site than in "
    "the workshop.",
)

MENTOR_PROMPTS: tuple[tuple[str, str, str, str], ...] = (
    (
        "We reviewed the practice pieces and the open actions.",
        "{name} spotted their own mistakes before I said anything.",
        "I ran out of time for the goal check-in.",
        "Start with the goals next time.",
    ),
    (
        "{name} was late and distracted; we talked about what is happening at home.",
        "We were honest with each other and agreed on realistic steps.",
        "I should have asked earlier how things were.",
        "Check in briefly by phone next week.",
    ),
    (
        "Practical assessment rehearsal in the workshop.",
        "Safety steps were all there without reminders.",
        "The written part still worries {name}.",
        "Find past papers and plan two practice rounds.",
    ),
)

MENTEE_REFLECTIONS: tuple[str, ...] = (
    "{name} says the workplace visit made the training feel real.",
    "{name} feels more confident asking the supervisor questions.",
    "{name} said the group sessions help because others make the same mistakes.",
    "{name} finds the theory hard but likes seeing progress in the logbook.",
)

MENTEE_PROMPTS: tuple[tuple[str, str, str, str], ...] = (
    (
        "I finished the practice piece alone for the first time.",
        "I planned before I started.",
        "I still rush the last part.",
        "Practise the same job twice more this week.",
    ),
    (
        "The supervisor asked me to help a new worker.",
        "I could explain it.",
        "I need to know the regulations better.",
        "Read one chapter a week.",
    ),
)

MENTEE_REFLECTIONS_AM: tuple[str, ...] = ("በራሴ ሥራውን መጨረስ ስችል ደስ አለኝ።",)
MENTEE_REFLECTIONS_AR: tuple[str, ...] = ("أشعر بثقة أكبر عندما أعمل في الورشة.",)

# Short notes a trainer adds to a skill rating now and then (demo/ratings.py picks them).
RATING_NOTES_UP: tuple[str, ...] = (
    "Clear step up since last month.",
    "Did it without prompting today.",
    "Showed a first-year how to do it.",
    "Steady; checks own work now.",
    "Good progress after the workplace visit.",
)
RATING_NOTES_STALL: tuple[str, ...] = (
    "No change yet; needs more workshop time.",
    "Still needs reminding.",
    "Same as last time; agreed to practise weekly.",
)
RATING_NOTES_DROP: tuple[str, ...] = (
    "Slipped after two weeks away; talked it through.",
    "Rushed the job under time pressure; lower this month.",
    "Harder task this time; dropped back a level.",
)
SELF_RATING_NOTES: tuple[str, ...] = (
    "Feels sure of this one.",
    "Not confident yet, wants more practice.",
    "Says the workplace helped a lot.",
)
