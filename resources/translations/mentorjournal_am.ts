<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="am_ET" sourcelanguage="en">
  <context>
    <name>MentorJournal</name>
    <message>
      <source> (confidence {c}/5)</source>
      <translation> (በራስ መተማመን {c}/5)</translation>
    </message>
    <message>
      <source> (process {pid})</source>
      <translation> (ሂደት {pid})</translation>
    </message>
    <message>
      <source> ({n} mentees)</source>
      <translation> ({n} ተማካሪዎች)</translation>
    </message>
    <message>
      <source> days</source>
      <translation> ቀናት</translation>
    </message>
    <message>
      <source> min</source>
      <translation> ደቂቃ</translation>
    </message>
    <message numerus="yes">
      <source>%n action item(s)</source>
      <translation>
        <numerusform>%Ln ተግባር</numerusform>
        <numerusform>%Ln ተግባራት</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n check-in(s)</source>
      <translation>
        <numerusform>%Ln ክትትል</numerusform>
        <numerusform>%Ln ክትትሎች</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n goal check-in(s)</source>
      <translation>
        <numerusform>%Ln የግብ ክትትል</numerusform>
        <numerusform>%Ln የግብ ክትትሎች</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n goal(s)</source>
      <translation>
        <numerusform>%Ln ግብ</numerusform>
        <numerusform>%Ln ግቦች</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n mentee(s)</source>
      <translation>
        <numerusform>%n ተማካሪ</numerusform>
        <numerusform>%n ተማካሪዎች</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n problem(s) found in your journal.</source>
      <translation>
        <numerusform>በማስታወሻ ደብተርዎ ውስጥ %Ln ችግር ተገኝቷል።</numerusform>
        <numerusform>በማስታወሻ ደብተርዎ ውስጥ %Ln ችግሮች ተገኝተዋል።</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n reflection(s)</source>
      <translation>
        <numerusform>%Ln ነጸብራቅ</numerusform>
        <numerusform>%Ln ነጸብራቆች</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n session(s)</source>
      <translation>
        <numerusform>%Ln ክፍለ ጊዜ</numerusform>
        <numerusform>%Ln ክፍለ ጊዜያት</numerusform>
      </translation>
    </message>
    <message>
      <source>&amp;About Mentor Journal</source>
      <translation>ስለ Mentor Journal(&amp;A)</translation>
    </message>
    <message>
      <source>&amp;About session:</source>
      <translation>የሚመለከተው ክፍለ ጊዜ(&amp;A):</translation>
    </message>
    <message>
      <source>&amp;Action:</source>
      <translation>ተግባር(&amp;A):</translation>
    </message>
    <message>
      <source>&amp;Add</source>
      <translation>አክል(&amp;A)</translation>
    </message>
    <message>
      <source>&amp;Add skill</source>
      <translation>ክህሎት አክል(&amp;A)</translation>
    </message>
    <message>
      <source>&amp;Anonymise: names become codes (M-001, M-002…), no contact details</source>
      <translation>ማንነትን ደብቅ(&amp;A)፦ ስሞች ወደ ኮዶች ይቀየራሉ (M-001, M-002…)፣ የመገኛ አድራሻ አይካተትም</translation>
    </message>
    <message>
      <source>&amp;Back up now</source>
      <translation>አሁን መጠባበቂያ ያዝ(&amp;B)</translation>
    </message>
    <message>
      <source>&amp;Backups</source>
      <translation>መጠባበቂያዎች(&amp;B)</translation>
    </message>
    <message>
      <source>&amp;Backups…</source>
      <translation>መጠባበቂያዎች(&amp;B)…</translation>
    </message>
    <message>
      <source>&amp;Calendar file (.ics)…</source>
      <translation>የቀን መቁጠሪያ ፋይል (.ics)(&amp;C)…</translation>
    </message>
    <message>
      <source>&amp;Category:</source>
      <translation>ምድብ(&amp;C):</translation>
    </message>
    <message>
      <source>&amp;Change passphrase</source>
      <translation>የይለፍ ሐረግ ቀይር(&amp;C)</translation>
    </message>
    <message>
      <source>&amp;Competency framework…</source>
      <translation>የብቃት ማዕቀፍ(&amp;C)…</translation>
    </message>
    <message>
      <source>&amp;Contact:</source>
      <translation>መገኛ(&amp;C):</translation>
    </message>
    <message>
      <source>&amp;Copy details</source>
      <translation>ዝርዝሩን ቅዳ(&amp;C)</translation>
    </message>
    <message>
      <source>&amp;Current passphrase:</source>
      <translation>የአሁኑ የይለፍ ሐረግ(&amp;C):</translation>
    </message>
    <message>
      <source>&amp;Date and time:</source>
      <translation>ቀን እና ሰዓት(&amp;D):</translation>
    </message>
    <message>
      <source>&amp;Date:</source>
      <translation>ቀን(&amp;D):</translation>
    </message>
    <message>
      <source>&amp;Default time between sessions:</source>
      <translation>በክፍለ ጊዜያት መካከል ያለው ነባሪ ጊዜ(&amp;D):</translation>
    </message>
    <message>
      <source>&amp;Delete mentee…</source>
      <translation>ተማካሪውን ሰርዝ(&amp;D)…</translation>
    </message>
    <message>
      <source>&amp;Delete…</source>
      <translation>ሰርዝ(&amp;D)…</translation>
    </message>
    <message>
      <source>&amp;Discard all…</source>
      <translation>ሁሉንም ተው(&amp;D)…</translation>
    </message>
    <message>
      <source>&amp;Done on</source>
      <translation>ተከናውኗል(&amp;D)</translation>
    </message>
    <message>
      <source>&amp;Edit</source>
      <translation>አርትዕ(&amp;E)</translation>
    </message>
    <message>
      <source>&amp;Edit mentee…</source>
      <translation>ተማካሪውን አርትዕ(&amp;E)…</translation>
    </message>
    <message>
      <source>&amp;Encrypt backups…</source>
      <translation>መጠባበቂያዎችን አመስጥር(&amp;E)…</translation>
    </message>
    <message>
      <source>&amp;Expected every:</source>
      <translation>የሚጠበቀው ድግግሞሽ(&amp;E):</translation>
    </message>
    <message>
      <source>&amp;Export journal…</source>
      <translation>ማስታወሻ ደብተሩን ወደ ውጭ ላክ(&amp;E)…</translation>
    </message>
    <message>
      <source>&amp;File</source>
      <translation>ፋይል(&amp;F)</translation>
    </message>
    <message>
      <source>&amp;Find mentee</source>
      <translation>ተማካሪ ፈልግ(&amp;F)</translation>
    </message>
    <message>
      <source>&amp;From:</source>
      <translation>ከ(&amp;F):</translation>
    </message>
    <message>
      <source>&amp;Full name:</source>
      <translation>ሙሉ ስም(&amp;F):</translation>
    </message>
    <message>
      <source>&amp;General</source>
      <translation>አጠቃላይ(&amp;G)</translation>
    </message>
    <message>
      <source>&amp;Goal:</source>
      <translation>ግብ(&amp;G):</translation>
    </message>
    <message>
      <source>&amp;Group:</source>
      <translation>ቡድን(&amp;G):</translation>
    </message>
    <message>
      <source>&amp;Help</source>
      <translation>እገዛ(&amp;H)</translation>
    </message>
    <message>
      <source>&amp;Import…</source>
      <translation>አስገባ(&amp;I)…</translation>
    </message>
    <message>
      <source>&amp;Include private notes</source>
      <translation>የግል ማስታወሻዎችን አካትት(&amp;I)</translation>
    </message>
    <message>
      <source>&amp;Institution:</source>
      <translation>ተቋም(&amp;I):</translation>
    </message>
    <message>
      <source>&amp;Kind:</source>
      <translation>ዓይነት(&amp;K):</translation>
    </message>
    <message>
      <source>&amp;Language:</source>
      <translation>ቋንቋ(&amp;L):</translation>
    </message>
    <message>
      <source>&amp;Last session:</source>
      <translation>የመጨረሻ ክፍለ ጊዜ(&amp;L):</translation>
    </message>
    <message>
      <source>&amp;Later</source>
      <translation>በኋላ(&amp;L)</translation>
    </message>
    <message>
      <source>&amp;Level:</source>
      <translation>ደረጃ(&amp;L):</translation>
    </message>
    <message>
      <source>&amp;Lock now</source>
      <translation>አሁን ቆልፍ(&amp;L)</translation>
    </message>
    <message>
      <source>&amp;Measured:</source>
      <translation>የተለካው(&amp;M):</translation>
    </message>
    <message>
      <source>&amp;Mentee</source>
      <translation>ተማካሪ(&amp;M)</translation>
    </message>
    <message>
      <source>&amp;Mentee:</source>
      <translation>ተማካሪ(&amp;M):</translation>
    </message>
    <message>
      <source>&amp;Mentor</source>
      <translation>አማካሪ(&amp;M)</translation>
    </message>
    <message>
      <source>&amp;Model:</source>
      <translation>ሞዴል(&amp;M):</translation>
    </message>
    <message>
      <source>&amp;Name:</source>
      <translation>ስም(&amp;N):</translation>
    </message>
    <message>
      <source>&amp;New</source>
      <translation>አዲስ(&amp;N)</translation>
    </message>
    <message>
      <source>&amp;New passphrase:</source>
      <translation>አዲስ የይለፍ ሐረግ(&amp;N):</translation>
    </message>
    <message>
      <source>&amp;New template</source>
      <translation>አዲስ አብነት(&amp;N)</translation>
    </message>
    <message>
      <source>&amp;Next meeting:</source>
      <translation>ቀጣይ ስብሰባ(&amp;N):</translation>
    </message>
    <message>
      <source>&amp;No</source>
      <translation>አይ(&amp;N)</translation>
    </message>
    <message>
      <source>&amp;Note:</source>
      <translation>ማስታወሻ(&amp;N):</translation>
    </message>
    <message>
      <source>&amp;Open another journal…</source>
      <translation>ሌላ ማስታወሻ ደብተር ክፈት(&amp;O)…</translation>
    </message>
    <message>
      <source>&amp;Open the journal</source>
      <translation>ማስታወሻ ደብተሩን ክፈት(&amp;O)</translation>
    </message>
    <message>
      <source>&amp;Passphrase:</source>
      <translation>የይለፍ ሐረግ(&amp;P):</translation>
    </message>
    <message>
      <source>&amp;Preferred name:</source>
      <translation>የሚጠራበት ስም(&amp;P):</translation>
    </message>
    <message>
      <source>&amp;Preview and print…</source>
      <translation>ቅድመ እይታ እና ህትመት(&amp;P)…</translation>
    </message>
    <message>
      <source>&amp;Print brief…</source>
      <translation>አጭር መግለጫውን አትም(&amp;P)…</translation>
    </message>
    <message>
      <source>&amp;Privacy</source>
      <translation>ግላዊነት(&amp;P)</translation>
    </message>
    <message>
      <source>&amp;Private note:</source>
      <translation>የግል ማስታወሻ(&amp;P):</translation>
    </message>
    <message>
      <source>&amp;Private — keep this reflection in the app</source>
      <translation>የግል(&amp;P) — ይህን ነጸብራቅ በመተግበሪያው ውስጥ ብቻ አቆይ</translation>
    </message>
    <message>
      <source>&amp;Programme:</source>
      <translation>ፕሮግራም(&amp;P):</translation>
    </message>
    <message>
      <source>&amp;Progress:</source>
      <translation>እድገት(&amp;P):</translation>
    </message>
    <message>
      <source>&amp;Prompts:</source>
      <translation>መነሻ ጥያቄዎች(&amp;P):</translation>
    </message>
    <message>
      <source>&amp;Quit</source>
      <translation>ውጣ(&amp;Q)</translation>
    </message>
    <message>
      <source>&amp;Reflection:</source>
      <translation>ነጸብራቅ(&amp;R):</translation>
    </message>
    <message>
      <source>&amp;Reflections</source>
      <translation>ነጸብራቆች(&amp;R)</translation>
    </message>
    <message>
      <source>&amp;Remember export passphrases on this computer</source>
      <translation>የወጪ ፋይል የይለፍ ሐረጎችን በዚህ ኮምፒውተር ላይ አስታውስ(&amp;R)</translation>
    </message>
    <message>
      <source>&amp;Remove</source>
      <translation>አስወግድ(&amp;R)</translation>
    </message>
    <message>
      <source>&amp;Remove passphrase</source>
      <translation>የይለፍ ሐረጉን አስወግድ(&amp;R)</translation>
    </message>
    <message>
      <source>&amp;Remove…</source>
      <translation>አስወግድ(&amp;R)…</translation>
    </message>
    <message>
      <source>&amp;Repeat:</source>
      <translation>ድገም(&amp;R):</translation>
    </message>
    <message>
      <source>&amp;Restore</source>
      <translation>መልስ(&amp;R)</translation>
    </message>
    <message>
      <source>&amp;Restore…</source>
      <translation>መልስ(&amp;R)…</translation>
    </message>
    <message>
      <source>&amp;Save</source>
      <translation>አስቀምጥ(&amp;S)</translation>
    </message>
    <message>
      <source>&amp;Save…</source>
      <translation>አስቀምጥ(&amp;S)…</translation>
    </message>
    <message>
      <source>&amp;Search the journal…</source>
      <translation>በማስታወሻ ደብተሩ ውስጥ ፈልግ(&amp;S)…</translation>
    </message>
    <message>
      <source>&amp;Self (the mentee)</source>
      <translation>ራሱ/ራሷ (ተማካሪው)(&amp;S)</translation>
    </message>
    <message>
      <source>&amp;Sessions</source>
      <translation>ክፍለ ጊዜያት(&amp;S)</translation>
    </message>
    <message>
      <source>&amp;Set passphrase</source>
      <translation>የይለፍ ሐረግ አዘጋጅ(&amp;S)</translation>
    </message>
    <message>
      <source>&amp;Stop encrypting</source>
      <translation>ማመስጠርን አቁም(&amp;S)</translation>
    </message>
    <message>
      <source>&amp;Table:</source>
      <translation>ሰንጠረዥ(&amp;T):</translation>
    </message>
    <message>
      <source>&amp;Tag:</source>
      <translation>መለያ(&amp;T):</translation>
    </message>
    <message>
      <source>&amp;Target:</source>
      <translation>ዒላማ(&amp;T):</translation>
    </message>
    <message>
      <source>&amp;Templates…</source>
      <translation>አብነቶች(&amp;T)…</translation>
    </message>
    <message>
      <source>&amp;Theme:</source>
      <translation>ገጽታ(&amp;T):</translation>
    </message>
    <message>
      <source>&amp;To:</source>
      <translation>እስከ(&amp;T):</translation>
    </message>
    <message>
      <source>&amp;Tools</source>
      <translation>መሣሪያዎች(&amp;T)</translation>
    </message>
    <message>
      <source>&amp;Topics:</source>
      <translation>ርዕሶች(&amp;T):</translation>
    </message>
    <message>
      <source>&amp;Unlock</source>
      <translation>ክፈት(&amp;U)</translation>
    </message>
    <message>
      <source>&amp;View</source>
      <translation>እይታ(&amp;V)</translation>
    </message>
    <message>
      <source>&amp;Who does it:</source>
      <translation>የሚሠራው ማን ነው(&amp;W):</translation>
    </message>
    <message>
      <source>&amp;Written by:</source>
      <translation>የጻፈው(&amp;W):</translation>
    </message>
    <message>
      <source>&amp;Yes</source>
      <translation>አዎ(&amp;Y)</translation>
    </message>
    <message>
      <source>(self)</source>
      <translation>(የራስ)</translation>
    </message>
    <message>
      <source>+ {n} more goals</source>
      <translation>+ ሌሎች {n} ግቦች</translation>
    </message>
    <message>
      <source>1 day left</source>
      <translation>1 ቀን ቀርቷል</translation>
    </message>
    <message>
      <source>1 day past the target</source>
      <translation>ከዒላማው 1 ቀን አልፏል</translation>
    </message>
    <message>
      <source>1 day since the last session</source>
      <translation>ከመጨረሻው ክፍለ ጊዜ ወዲህ 1 ቀን</translation>
    </message>
    <message>
      <source>1 filter active ·</source>
      <translation>1 ማጣሪያ ንቁ ነው ·</translation>
    </message>
    <message>
      <source>1 low</source>
      <translation>1 ዝቅተኛ</translation>
    </message>
    <message>
      <source>1 session</source>
      <translation>1 ክፍለ ጊዜ</translation>
    </message>
    <message>
      <source>1 skill rated</source>
      <translation>1 ክህሎት ደረጃ ተሰጥቶታል</translation>
    </message>
    <message>
      <source>1 unsaved draft from last time</source>
      <translation>ካለፈው ጊዜ ያልተቀመጠ 1 ረቂቅ</translation>
    </message>
    <message>
      <source>1 — not confident</source>
      <translation>1 — እርግጠኛ አይደለሁም</translation>
    </message>
    <message>
      <source>2</source>
      <translation>2</translation>
    </message>
    <message>
      <source>3 — fairly confident</source>
      <translation>3 — በመጠኑ እርግጠኛ ነኝ</translation>
    </message>
    <message>
      <source>4</source>
      <translation>4</translation>
    </message>
    <message>
      <source>5 high</source>
      <translation>5 ከፍተኛ</translation>
    </message>
    <message>
      <source>5 — very confident</source>
      <translation>5 — በጣም እርግጠኛ ነኝ</translation>
    </message>
    <message>
      <source>A new reflection can start from one of these prompts.</source>
      <translation>አዲስ ነጸብራቅ ከእነዚህ መነሻ ጥያቄዎች በአንዱ ሊጀመር ይችላል።</translation>
    </message>
    <message>
      <source>A new session can start from a template: its kind, duration, topics and note prompts are filled in for you.</source>
      <translation>አዲስ ክፍለ ጊዜ ከአብነት ሊጀመር ይችላል፤ ዓይነቱ፣ የሚፈጀው ጊዜ፣ ርዕሶቹ እና የማስታወሻ መነሻ ጥያቄዎቹ ይሞሉልዎታል።</translation>
    </message>
    <message>
      <source>A private reflection is left out of summaries and exports by default</source>
      <translation>የግል ነጸብራቅ በነባሪነት ከማጠቃለያዎች እና ከወጪ ፋይሎች ውጭ ይደረጋል</translation>
    </message>
    <message>
      <source>A short name for the goal, as you would say it to the mentee</source>
      <translation>ለተማካሪው እንደሚነግሩት ዓይነት ለግቡ አጭር ስም</translation>
    </message>
    <message>
      <source>A — Achievable</source>
      <translation>A — ሊደረስበት የሚችል (Achievable)</translation>
    </message>
    <message>
      <source>A&amp;ttended:</source>
      <translation>የተገኙ(&amp;T):</translation>
    </message>
    <message>
      <source>About Mentor Journal</source>
      <translation>ስለ Mentor Journal</translation>
    </message>
    <message>
      <source>About you and this journal</source>
      <translation>ስለ እርስዎ እና ስለዚህ ማስታወሻ ደብተር</translation>
    </message>
    <message>
      <source>Achievable</source>
      <translation>ሊደረስበት የሚችል</translation>
    </message>
    <message>
      <source>Achieved</source>
      <translation>ተሳክቷል</translation>
    </message>
    <message>
      <source>Action</source>
      <translation>ተግባር</translation>
    </message>
    <message>
      <source>Action item</source>
      <translation>ተግባር</translation>
    </message>
    <message>
      <source>Action item for {name} ({owner} to do)</source>
      <translation>የ{name} ተግባር (የሚሠራው፦ {owner})</translation>
    </message>
    <message>
      <source>Action items</source>
      <translation>ተግባራት</translation>
    </message>
    <message>
      <source>Action items agreed</source>
      <translation>የተስማማንባቸው ተግባራት</translation>
    </message>
    <message>
      <source>Actions</source>
      <translation>ተግባራት</translation>
    </message>
    <message>
      <source>Active</source>
      <translation>ንቁ</translation>
    </message>
    <message>
      <source>Active goals</source>
      <translation>ንቁ ግቦች</translation>
    </message>
    <message>
      <source>Active mentees</source>
      <translation>ንቁ ተማካሪዎች</translation>
    </message>
    <message>
      <source>Add a mentee</source>
      <translation>ተማካሪ አክል</translation>
    </message>
    <message>
      <source>Add a mentee…</source>
      <translation>ተማካሪ አክል…</translation>
    </message>
    <message>
      <source>Add a new skill to the framework</source>
      <translation>አዲስ ክህሎት ወደ ማዕቀፉ አክል</translation>
    </message>
    <message>
      <source>Add check-in…</source>
      <translation>ክትትል አክል…</translation>
    </message>
    <message>
      <source>Add this action item (Enter)</source>
      <translation>ይህን ተግባር አክል (Enter)</translation>
    </message>
    <message>
      <source>Added</source>
      <translation>የታከሉ</translation>
    </message>
    <message>
      <source>All &amp;sessions</source>
      <translation>ሁሉም ክፍለ ጊዜያት(&amp;S)</translation>
    </message>
    <message>
      <source>All mentees</source>
      <translation>ሁሉም ተማካሪዎች</translation>
    </message>
    <message>
      <source>All records</source>
      <translation>ሁሉም መዛግብት</translation>
    </message>
    <message>
      <source>All reflections…</source>
      <translation>ሁሉም ነጸብራቆች…</translation>
    </message>
    <message>
      <source>All sessions</source>
      <translation>ሁሉም ክፍለ ጊዜያት</translation>
    </message>
    <message>
      <source>An editor has changes that are not saved. Quit and lose them?</source>
      <translation>አንድ አርታዒ ያልተቀመጡ ለውጦች አሉት። ወጥተው ለውጦቹ ይጥፉ?</translation>
    </message>
    <message>
      <source>An index of the {records} is out of step with the records ({detail}).</source>
      <translation>{records} ውስጥ ያለ አንድ ማውጫ ከመዛግብቱ ጋር አይጣጣምም ({detail})።</translation>
    </message>
    <message>
      <source>An offline journal for trainers who mentor learners: sessions, goals, action items and reflections, kept on this computer.</source>
      <translation>ሰልጣኞችን ለሚያማክሩ አሰልጣኞች ከመስመር ውጭ የሚሠራ ማስታወሻ ደብተር፤ ክፍለ ጊዜያት፣ ግቦች፣ ተግባራት እና ነጸብራቆች በዚህ ኮምፒውተር ላይ ይቀመጣሉ።</translation>
    </message>
    <message>
      <source>Any cohort</source>
      <translation>ማንኛውም ዙር</translation>
    </message>
    <message>
      <source>Any programme</source>
      <translation>ማንኛውም ፕሮግራም</translation>
    </message>
    <message>
      <source>Any tag</source>
      <translation>ማንኛውም መለያ</translation>
    </message>
    <message>
      <source>Anyone who gets the file can read everything in it. Use this only on a computer and a storage device you trust.</source>
      <translation>ፋይሉን ያገኘ ማንኛውም ሰው በውስጡ ያለውን ሁሉ ማንበብ ይችላል። ይህን የሚያምኑት ኮምፒውተር እና የማከማቻ መሣሪያ ላይ ብቻ ይጠቀሙ።</translation>
    </message>
    <message>
      <source>App lock &amp;passphrase…</source>
      <translation>የመተግበሪያ መቆለፊያ የይለፍ ሐረግ(&amp;P)…</translation>
    </message>
    <message>
      <source>App lock passphrase</source>
      <translation>የመተግበሪያ መቆለፊያ የይለፍ ሐረግ</translation>
    </message>
    <message>
      <source>Apply</source>
      <translation>ተግብር</translation>
    </message>
    <message>
      <source>Assisted</source>
      <translation>በእገዛ</translation>
    </message>
    <message>
      <source>Attended: {names}</source>
      <translation>የተገኙ፦ {names}</translation>
    </message>
    <message>
      <source>Attendees</source>
      <translation>ተሳታፊዎች</translation>
    </message>
    <message>
      <source>Author</source>
      <translation>ጸሐፊ</translation>
    </message>
    <message>
      <source>Average of the last {n} sessions</source>
      <translation>የመጨረሻዎቹ {n} ክፍለ ጊዜያት አማካይ</translation>
    </message>
    <message>
      <source>Back &amp;up now</source>
      <translation>አሁን መጠባበቂያ ያዝ(&amp;U)</translation>
    </message>
    <message>
      <source>Back to the mentee's page</source>
      <translation>ወደ ተማካሪው ገጽ ተመለስ</translation>
    </message>
    <message>
      <source>Back up when the app &amp;closes</source>
      <translation>መተግበሪያው ሲዘጋ መጠባበቂያ ያዝ(&amp;C)</translation>
    </message>
    <message>
      <source>Back up when the app closes</source>
      <translation>መተግበሪያው ሲዘጋ መጠባበቂያ ያዝ</translation>
    </message>
    <message>
      <source>Back up while working, every (minutes)</source>
      <translation>በሥራ ላይ ሳሉ በየጊዜው መጠባበቂያ ያዝ (በደቂቃዎች)</translation>
    </message>
    <message>
      <source>Backed up ({size}).</source>
      <translation>መጠባበቂያ ተይዟል ({size})።</translation>
    </message>
    <message>
      <source>Backed up now</source>
      <translation>አሁን የተያዘ</translation>
    </message>
    <message>
      <source>Backed up to {name}</source>
      <translation>መጠባበቂያ ወደ {name} ተይዟል</translation>
    </message>
    <message>
      <source>Backing up…</source>
      <translation>መጠባበቂያ በመያዝ ላይ…</translation>
    </message>
    <message>
      <source>Backup passphrase</source>
      <translation>የመጠባበቂያ የይለፍ ሐረግ</translation>
    </message>
    <message>
      <source>Backups</source>
      <translation>መጠባበቂያዎች</translation>
    </message>
    <message>
      <source>Backups are copies of the whole journal in your user data folder, made with SQLite's backup function. A backup is always made before an upgrade and before an import.</source>
      <translation>መጠባበቂያዎች በተጠቃሚ ውሂብ አቃፊዎ ውስጥ ያሉ የሙሉ ማስታወሻ ደብተሩ ቅጂዎች ናቸው፤ የሚሠሩት በSQLite የመጠባበቂያ ተግባር ነው። ከማሻሻያ በፊት እና ከማስገባት በፊት ሁልጊዜ መጠባበቂያ ይያዛል።</translation>
    </message>
    <message>
      <source>Backups are made when the journal closes, regularly while it changes (Settings &gt; Backups), and before upgrades, imports and restores. They are kept in:
{folder}</source>
      <translation>መጠባበቂያዎች የሚያዙት ማስታወሻ ደብተሩ ሲዘጋ፣ ሲቀየር በየጊዜው (ቅንብሮች &gt; መጠባበቂያዎች)፣ እንዲሁም ከማሻሻያ፣ ከማስገባት እና ከመመለስ በፊት ነው። የሚቀመጡት እዚህ ነው፦
{folder}</translation>
    </message>
    <message>
      <source>Backups will be encrypted to a key of this journal, protected by this passphrase. Only restoring a backup asks for it. Without it, encrypted backups cannot be restored: keep it somewhere safe.</source>
      <translation>መጠባበቂያዎች በዚህ ማስታወሻ ደብተር ቁልፍ ይመሰጠራሉ፤ ቁልፉ በዚህ የይለፍ ሐረግ ይጠበቃል። የሚጠየቀው መጠባበቂያ ሲመለስ ብቻ ነው። ያለ እሱ የተመሰጠሩ መጠባበቂያዎች ሊመለሱ አይችሉም፤ በአስተማማኝ ቦታ ያስቀምጡት።</translation>
    </message>
    <message>
      <source>Before a restore</source>
      <translation>ከመመለስ በፊት</translation>
    </message>
    <message>
      <source>Before a schema upgrade</source>
      <translation>ከመዋቅር ማሻሻያ በፊት</translation>
    </message>
    <message>
      <source>Before an import</source>
      <translation>ከማስገባት በፊት</translation>
    </message>
    <message>
      <source>Brief</source>
      <translation>አጭር መግለጫ</translation>
    </message>
    <message>
      <source>Bring an export into this journal (preview first)</source>
      <translation>የወጪ ፋይልን ወደዚህ ማስታወሻ ደብተር አስገባ (መጀመሪያ ቅድመ እይታ)</translation>
    </message>
    <message>
      <source>By</source>
      <translation>የጻፈው</translation>
    </message>
    <message>
      <source>By when the goal should be reached</source>
      <translation>ግቡ መድረስ ያለበት ቀን</translation>
    </message>
    <message>
      <source>C&amp;heck journal…</source>
      <translation>ማስታወሻ ደብተሩን ፈትሽ(&amp;H)…</translation>
    </message>
    <message>
      <source>C&amp;ohort / group:</source>
      <translation>ዙር / ቡድን(&amp;O):</translation>
    </message>
    <message>
      <source>C&amp;ohort:</source>
      <translation>ዙር(&amp;O):</translation>
    </message>
    <message>
      <source>CSV spreadsheets (*.csv)</source>
      <translation>የCSV ሰንጠረዦች (*.csv)</translation>
    </message>
    <message>
      <source>Calendar (.ics): next meeting and open action items</source>
      <translation>የቀን መቁጠሪያ (.ics)፦ ቀጣይ ስብሰባ እና ክፍት ተግባራት</translation>
    </message>
    <message>
      <source>Calendar files (*.ics)</source>
      <translation>የቀን መቁጠሪያ ፋይሎች (*.ics)</translation>
    </message>
    <message>
      <source>Can teach others</source>
      <translation>ሌሎችን ማስተማር ይችላል</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>ይቅር</translation>
    </message>
    <message>
      <source>Cancelling…</source>
      <translation>በመሰረዝ ላይ…</translation>
    </message>
    <message>
      <source>Career</source>
      <translation>ሙያ እና ሥራ</translation>
    </message>
    <message>
      <source>Category</source>
      <translation>ምድብ</translation>
    </message>
    <message>
      <source>Chart</source>
      <translation>ገበታ</translation>
    </message>
    <message>
      <source>Chart data</source>
      <translation>የገበታ ውሂብ</translation>
    </message>
    <message>
      <source>Chart not saved</source>
      <translation>ገበታው አልተቀመጠም</translation>
    </message>
    <message>
      <source>Check every page, index and link of the journal</source>
      <translation>እያንዳንዱን የማስታወሻ ደብተሩን ገጽ፣ ማውጫ እና ትስስር ፈትሽ</translation>
    </message>
    <message>
      <source>Check journal</source>
      <translation>ማስታወሻ ደብተሩን ፈትሽ</translation>
    </message>
    <message>
      <source>Check report</source>
      <translation>የፍተሻ ሪፖርት</translation>
    </message>
    <message>
      <source>Check-in</source>
      <translation>የሂደት ክትትል</translation>
    </message>
    <message>
      <source>Check-in date</source>
      <translation>የክትትል ቀን</translation>
    </message>
    <message>
      <source>Check-in {date}, {progress}</source>
      <translation>ክትትል {date}፣ {progress}</translation>
    </message>
    <message>
      <source>Check-ins</source>
      <translation>የሂደት ክትትሎች</translation>
    </message>
    <message>
      <source>Check-ins ({n})</source>
      <translation>የሂደት ክትትሎች ({n})</translation>
    </message>
    <message>
      <source>Checking the journal… (a few seconds at most)</source>
      <translation>ማስታወሻ ደብተሩ እየተፈተሸ ነው… (ቢበዛ ጥቂት ሰከንዶች)</translation>
    </message>
    <message>
      <source>Checking the passphrase…</source>
      <translation>የይለፍ ሐረጉ እየተፈተሸ ነው…</translation>
    </message>
    <message>
      <source>Choose a mentee first.</source>
      <translation>መጀመሪያ ተማካሪ ይምረጡ።</translation>
    </message>
    <message>
      <source>Choose a mentee on the left to see their page.</source>
      <translation>ገጹን ለማየት በግራ በኩል ተማካሪ ይምረጡ።</translation>
    </message>
    <message>
      <source>Choose a mentee…</source>
      <translation>ተማካሪ ይምረጡ…</translation>
    </message>
    <message>
      <source>Choose a table for the CSV file.</source>
      <translation>ለCSV ፋይሉ ሰንጠረዥ ይምረጡ።</translation>
    </message>
    <message>
      <source>Choose at least one section.</source>
      <translation>ቢያንስ አንድ ክፍል ይምረጡ።</translation>
    </message>
    <message>
      <source>Choose the file to import.</source>
      <translation>የሚገባውን ፋይል ይምረጡ።</translation>
    </message>
    <message>
      <source>Choose the mentee this action is for.</source>
      <translation>ይህ ተግባር የማን እንደሆነ ተማካሪውን ይምረጡ።</translation>
    </message>
    <message>
      <source>Choose the mentee this goal is for.</source>
      <translation>ይህ ግብ የማን እንደሆነ ተማካሪውን ይምረጡ።</translation>
    </message>
    <message>
      <source>Choose the mentee this reflection is about.</source>
      <translation>ይህ ነጸብራቅ ስለ የትኛው ተማካሪ እንደሆነ ይምረጡ።</translation>
    </message>
    <message>
      <source>Choose where to save the export.</source>
      <translation>የወጪ ፋይሉ የት እንደሚቀመጥ ይምረጡ።</translation>
    </message>
    <message>
      <source>Choose…</source>
      <translation>ምረጥ…</translation>
    </message>
    <message>
      <source>Chosen mentees, with their whole history:</source>
      <translation>የተመረጡ ተማካሪዎች ከሙሉ ታሪካቸው ጋር:</translation>
    </message>
    <message>
      <source>Clear</source>
      <translation>አጽዳ</translation>
    </message>
    <message>
      <source>Clear date</source>
      <translation>ቀኑን አጽዳ</translation>
    </message>
    <message>
      <source>Clear filters</source>
      <translation>ማጣሪያዎችን አጽዳ</translation>
    </message>
    <message>
      <source>Clear session filters</source>
      <translation>የክፍለ ጊዜ ማጣሪያዎችን አጽዳ</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>ዝጋ</translation>
    </message>
    <message>
      <source>Close without saving (Esc)</source>
      <translation>ሳታስቀምጥ ዝጋ (Esc)</translation>
    </message>
    <message>
      <source>Co&amp;nsent to record:</source>
      <translation>ለመመዝገብ ፈቃድ(&amp;N):</translation>
    </message>
    <message>
      <source>Cohort</source>
      <translation>ዙር</translation>
    </message>
    <message>
      <source>Competency framework</source>
      <translation>የብቃት ማዕቀፍ</translation>
    </message>
    <message>
      <source>Completed</source>
      <translation>ተጠናቋል</translation>
    </message>
    <message>
      <source>Confidence</source>
      <translation>በራስ መተማመን</translation>
    </message>
    <message>
      <source>Confidence (1-5)</source>
      <translation>በራስ መተማመን (1-5)</translation>
    </message>
    <message>
      <source>Confidence at each session</source>
      <translation>በእያንዳንዱ ክፍለ ጊዜ ያለ በራስ መተማመን</translation>
    </message>
    <message>
      <source>Confidence each mentee gave themselves, 1 (low) to 5 (high):</source>
      <translation>እያንዳንዱ ተማካሪ ለራሱ የሰጠው በራስ መተማመን፣ ከ1 (ዝቅተኛ) እስከ 5 (ከፍተኛ):</translation>
    </message>
    <message>
      <source>Confidence of {name}</source>
      <translation>የ{name} በራስ መተማመን</translation>
    </message>
    <message>
      <source>Confidence:</source>
      <translation>በራስ መተማመን:</translation>
    </message>
    <message>
      <source>Confidential: includes private notes</source>
      <translation>ሚስጥራዊ፦ የግል ማስታወሻዎችን ያካትታል</translation>
    </message>
    <message>
      <source>Conflicts</source>
      <translation>ግጭቶች</translation>
    </message>
    <message>
      <source>Conflicts: {0}</source>
      <translation>ግጭቶች፦ {0}</translation>
    </message>
    <message>
      <source>Consent given</source>
      <translation>ፈቃድ ተሰጥቷል</translation>
    </message>
    <message>
      <source>Consent to record date</source>
      <translation>ለመመዝገብ ፈቃድ የተሰጠበት ቀን</translation>
    </message>
    <message>
      <source>Contact</source>
      <translation>ግንኙነት</translation>
    </message>
    <message>
      <source>Contact</source>
      <comment>phone or e-mail</comment>
      <translation>መገኛ</translation>
    </message>
    <message>
      <source>Contents</source>
      <translation>ማውጫ</translation>
    </message>
    <message>
      <source>Copied</source>
      <translation>ተቀድቷል</translation>
    </message>
    <message>
      <source>Copied into a new reflection's text when this template is chosen</source>
      <translation>ይህ አብነት ሲመረጥ ወደ አዲስ ነጸብራቅ ጽሑፍ ይቀዳል</translation>
    </message>
    <message>
      <source>Copied into the session's notes, one prompt per line</source>
      <translation>ወደ ክፍለ ጊዜው ማስታወሻዎች ይቀዳል፣ በአንድ መስመር አንድ መነሻ ጥያቄ</translation>
    </message>
    <message>
      <source>Ctrl+K: one table, keyboard only</source>
      <translation>Ctrl+K፦ አንድ ሰንጠረዥ፣ በቁልፍ ሰሌዳ ብቻ</translation>
    </message>
    <message>
      <source>Current (active and paused)</source>
      <translation>የአሁኖቹ (ንቁ እና ለጊዜው የቆሙ)</translation>
    </message>
    <message>
      <source>Current passphrase</source>
      <translation>የአሁኑ የይለፍ ሐረግ</translation>
    </message>
    <message>
      <source>D&amp;escription:</source>
      <translation>መግለጫ(&amp;E):</translation>
    </message>
    <message>
      <source>D&amp;ue date:</source>
      <translation>ቀነ ገደብ(&amp;U):</translation>
    </message>
    <message>
      <source>D&amp;uration:</source>
      <translation>የሚፈጀው ጊዜ(&amp;U):</translation>
    </message>
    <message>
      <source>Daily backups kept</source>
      <translation>የሚቀመጡ የዕለት መጠባበቂያዎች</translation>
    </message>
    <message>
      <source>Daily backups kept:</source>
      <translation>የሚቀመጡ የዕለት መጠባበቂያዎች:</translation>
    </message>
    <message>
      <source>Dark</source>
      <translation>ጨለማ</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>ቀን</translation>
    </message>
    <message>
      <source>Date of the rating</source>
      <translation>ደረጃ የተሰጠበት ቀን</translation>
    </message>
    <message>
      <source>Date rated</source>
      <translation>ደረጃ የተሰጠበት ቀን</translation>
    </message>
    <message>
      <source>Days since</source>
      <translation>ያለፉ ቀናት</translation>
    </message>
    <message>
      <source>Days since the last session</source>
      <translation>ከመጨረሻው ክፍለ ጊዜ ወዲህ ያለፉ ቀናት</translation>
    </message>
    <message>
      <source>Days without a session, longer than {n}</source>
      <translation>ክፍለ ጊዜ ያልተደረገባቸው ቀናት፣ ከ{n} በላይ</translation>
    </message>
    <message>
      <source>Default days between sessions</source>
      <translation>በክፍለ ጊዜያት መካከል ያሉ ነባሪ ቀናት</translation>
    </message>
    <message>
      <source>Default time between sessions</source>
      <translation>በክፍለ ጊዜያት መካከል ያለው ነባሪ ጊዜ</translation>
    </message>
    <message>
      <source>Delete</source>
      <translation>ሰርዝ</translation>
    </message>
    <message>
      <source>Delete action item</source>
      <translation>ተግባሩን ሰርዝ</translation>
    </message>
    <message>
      <source>Delete check-in</source>
      <translation>ክትትሉን ሰርዝ</translation>
    </message>
    <message>
      <source>Delete check-in…</source>
      <translation>ክትትሉን ሰርዝ…</translation>
    </message>
    <message>
      <source>Delete goal</source>
      <translation>ግቡን ሰርዝ</translation>
    </message>
    <message>
      <source>Delete reflection</source>
      <translation>ነጸብራቁን ሰርዝ</translation>
    </message>
    <message>
      <source>Delete session</source>
      <translation>ክፍለ ጊዜውን ሰርዝ</translation>
    </message>
    <message>
      <source>Delete template?</source>
      <translation>አብነቱ ይሰረዝ?</translation>
    </message>
    <message>
      <source>Delete the action item “{text}”?</source>
      <translation>“{text}” የሚለው ተግባር ይሰረዝ?</translation>
    </message>
    <message>
      <source>Delete the check-in of {date}?</source>
      <translation>የ{date} ክትትል ይሰረዝ?</translation>
    </message>
    <message>
      <source>Delete the goal “{title}”?</source>
      <translation>“{title}” የሚለው ግብ ይሰረዝ?</translation>
    </message>
    <message>
      <source>Delete the reflection of {date}?</source>
      <translation>የ{date} ነጸብራቅ ይሰረዝ?</translation>
    </message>
    <message>
      <source>Delete the session of {date}?</source>
      <translation>የ{date} ክፍለ ጊዜ ይሰረዝ?</translation>
    </message>
    <message>
      <source>Delete the template “{name}”? Sessions and reflections made from it keep their text.</source>
      <translation>“{name}” የሚለው አብነት ይሰረዝ? ከእሱ የተሠሩ ክፍለ ጊዜያት እና ነጸብራቆች ጽሑፋቸውን ይይዛሉ።</translation>
    </message>
    <message>
      <source>Delete…</source>
      <translation>ሰርዝ…</translation>
    </message>
    <message>
      <source>Details</source>
      <translation>ዝርዝሮች</translation>
    </message>
    <message>
      <source>Discard</source>
      <translation>ተው</translation>
    </message>
    <message>
      <source>Discard changes?</source>
      <translation>ለውጦቹ ይተዉ?</translation>
    </message>
    <message>
      <source>Discard drafts?</source>
      <translation>ረቂቆቹ ይተዉ?</translation>
    </message>
    <message>
      <source>Discard every unsaved draft? What they hold is lost.</source>
      <translation>ያልተቀመጡ ረቂቆች በሙሉ ይተዉ? በውስጣቸው ያለው ይጠፋል።</translation>
    </message>
    <message>
      <source>Done</source>
      <translation>ተከናውኗል</translation>
    </message>
    <message>
      <source>Done date</source>
      <translation>የተከናወነበት ቀን</translation>
    </message>
    <message>
      <source>Done on</source>
      <translation>የተከናወነበት ቀን</translation>
    </message>
    <message>
      <source>Draft kept {time}</source>
      <translation>ረቂቅ በ{time} ተይዟል</translation>
    </message>
    <message>
      <source>Draft kept {time} outside the journal (it cannot be written now)</source>
      <translation>ረቂቅ በ{time} ከማስታወሻ ደብተሩ ውጭ ተይዟል (አሁን ሊጻፍ አይችልም)</translation>
    </message>
    <message>
      <source>Dropped</source>
      <translation>ተትቷል</translation>
    </message>
    <message>
      <source>Due</source>
      <translation>ቀነ ገደብ</translation>
    </message>
    <message>
      <source>Due</source>
      <comment>meeting status: time to meet again</comment>
      <translation>ጊዜው ደርሷል</translation>
    </message>
    <message>
      <source>Due date</source>
      <translation>ቀነ ገደብ</translation>
    </message>
    <message>
      <source>Duration</source>
      <translation>የሚፈጀው ጊዜ</translation>
    </message>
    <message>
      <source>Duration in minutes</source>
      <translation>የሚፈጀው ጊዜ በደቂቃ</translation>
    </message>
    <message>
      <source>Edit</source>
      <translation>አርትዕ</translation>
    </message>
    <message>
      <source>Edit action item</source>
      <translation>ተግባሩን አርትዕ</translation>
    </message>
    <message>
      <source>Edit action item — {name}</source>
      <translation>ተግባሩን አርትዕ — {name}</translation>
    </message>
    <message>
      <source>Edit check-in</source>
      <translation>ክትትሉን አርትዕ</translation>
    </message>
    <message>
      <source>Edit check-in — {name}</source>
      <translation>ክትትሉን አርትዕ — {name}</translation>
    </message>
    <message>
      <source>Edit check-in…</source>
      <translation>ክትትሉን አርትዕ…</translation>
    </message>
    <message>
      <source>Edit goal</source>
      <translation>ግቡን አርትዕ</translation>
    </message>
    <message>
      <source>Edit goal — {name}</source>
      <translation>ግቡን አርትዕ — {name}</translation>
    </message>
    <message>
      <source>Edit mentee</source>
      <translation>ተማካሪውን አርትዕ</translation>
    </message>
    <message>
      <source>Edit mentee — {name}</source>
      <translation>ተማካሪውን አርትዕ — {name}</translation>
    </message>
    <message>
      <source>Edit mentee…</source>
      <translation>ተማካሪውን አርትዕ…</translation>
    </message>
    <message>
      <source>Edit reflection</source>
      <translation>ነጸብራቁን አርትዕ</translation>
    </message>
    <message>
      <source>Edit reflection — {name}</source>
      <translation>ነጸብራቁን አርትዕ — {name}</translation>
    </message>
    <message>
      <source>Edit session</source>
      <translation>ክፍለ ጊዜውን አርትዕ</translation>
    </message>
    <message>
      <source>Edit session — {name}</source>
      <translation>ክፍለ ጊዜውን አርትዕ — {name}</translation>
    </message>
    <message>
      <source>Edit…</source>
      <translation>አርትዕ…</translation>
    </message>
    <message>
      <source>Empty</source>
      <translation>ባዶ</translation>
    </message>
    <message>
      <source>Encrypt backups</source>
      <translation>መጠባበቂያዎችን አመስጥር</translation>
    </message>
    <message>
      <source>Encrypt to people's keys (age1…)</source>
      <translation>ለሰዎች ቁልፎች አመስጥር (age1…)</translation>
    </message>
    <message>
      <source>Encrypt with a passphrase</source>
      <translation>በይለፍ ሐረግ አመስጥር</translation>
    </message>
    <message>
      <source>Encrypted</source>
      <translation>የተመሰጠረ</translation>
    </message>
    <message>
      <source>Enter a number, such as 75.</source>
      <translation>ቁጥር ያስገቡ፣ ለምሳሌ 75።</translation>
    </message>
    <message>
      <source>Enter a number, such as 8 or 2.5.</source>
      <translation>ቁጥር ያስገቡ፣ ለምሳሌ 8 ወይም 2.5።</translation>
    </message>
    <message>
      <source>Enter a passphrase, or press Generate.</source>
      <translation>የይለፍ ሐረግ ያስገቡ፣ ወይም «አመንጭ»ን ይጫኑ።</translation>
    </message>
    <message>
      <source>Enter at least one recipient (age1…).</source>
      <translation>ቢያንስ አንድ ተቀባይ ያስገቡ (age1…)።</translation>
    </message>
    <message>
      <source>Enter the passphrase.</source>
      <translation>የይለፍ ሐረጉን ያስገቡ።</translation>
    </message>
    <message>
      <source>Enter this journal's backup passphrase to open it with the journal's key.</source>
      <translation>በማስታወሻ ደብተሩ ቁልፍ ለመክፈት የዚህን ማስታወሻ ደብተር የመጠባበቂያ የይለፍ ሐረግ ያስገቡ።</translation>
    </message>
    <message>
      <source>Erase for good</source>
      <translation>እስከመጨረሻው ደምስስ</translation>
    </message>
    <message>
      <source>Erase mentee</source>
      <translation>ተማካሪውን ደምስስ</translation>
    </message>
    <message>
      <source>Erase {name} and everything recorded about them?</source>
      <translation>{name} እና ስለእሱ/ስለእሷ የተመዘገበው ሁሉ ይደምሰስ?</translation>
    </message>
    <message>
      <source>Every mentee's sessions, with filters (Ctrl+Shift+S)</source>
      <translation>የሁሉም ተማካሪዎች ክፍለ ጊዜያት ከማጣሪያዎች ጋር (Ctrl+Shift+S)</translation>
    </message>
    <message>
      <source>Every page, index and link between records was checked.</source>
      <translation>እያንዳንዱ ገጽ፣ ማውጫ እና በመዛግብት መካከል ያለ ትስስር ተፈትሿል።</translation>
    </message>
    <message>
      <source>Every rating of one skill: yours as the mentor (solid) and the mentee's own (dashed). A rating holds until the next one.</source>
      <translation>የአንድ ክህሎት ሁሉም ደረጃዎች፦ እርስዎ እንደ አማካሪ የሰጡት (ሙሉ መስመር) እና ተማካሪው ለራሱ የሰጠው (ነጠብጣብ መስመር)። አንድ ደረጃ እስከሚቀጥለው ድረስ ይጸናል።</translation>
    </message>
    <message>
      <source>Everything in this file is already in the journal.</source>
      <translation>በዚህ ፋይል ውስጥ ያለው ሁሉ ቀድሞውኑ በማስታወሻ ደብተሩ ውስጥ አለ።</translation>
    </message>
    <message>
      <source>Expected days between sessions</source>
      <translation>በክፍለ ጊዜያት መካከል የሚጠበቁ ቀናት</translation>
    </message>
    <message>
      <source>Export</source>
      <translation>ወደ ውጭ ላክ</translation>
    </message>
    <message>
      <source>Export file</source>
      <translation>የወጪ ፋይል</translation>
    </message>
    <message>
      <source>Export journal</source>
      <translation>ማስታወሻ ደብተሩን ወደ ውጭ ላክ</translation>
    </message>
    <message>
      <source>Exporting…</source>
      <translation>ወደ ውጭ በመላክ ላይ…</translation>
    </message>
    <message>
      <source>Exports (*.age *.json)</source>
      <translation>የወጪ ፋይሎች (*.age *.json)</translation>
    </message>
    <message>
      <source>F&amp;ormat:</source>
      <translation>ቅርጸት(&amp;O):</translation>
    </message>
    <message>
      <source>Fair: add a word or two.</source>
      <translation>መካከለኛ፦ አንድ ወይም ሁለት ቃል ያክሉ።</translation>
    </message>
    <message>
      <source>File to import</source>
      <translation>የሚገባው ፋይል</translation>
    </message>
    <message>
      <source>File:</source>
      <translation>ፋይል:</translation>
    </message>
    <message>
      <source>Fills in the kind, duration, topics and note prompts</source>
      <translation>ዓይነቱን፣ የሚፈጀውን ጊዜ፣ ርዕሶቹን እና የማስታወሻ መነሻ ጥያቄዎቹን ይሞላል</translation>
    </message>
    <message>
      <source>Filter by cohort</source>
      <translation>በዙር አጣራ</translation>
    </message>
    <message>
      <source>Filter by programme</source>
      <translation>በፕሮግራም አጣራ</translation>
    </message>
    <message>
      <source>Filter by tag</source>
      <translation>በመለያ አጣራ</translation>
    </message>
    <message>
      <source>Filter by tag, programme, cohort, last session or overdue action items</source>
      <translation>በመለያ፣ በፕሮግራም፣ በዙር፣ በመጨረሻ ክፍለ ጊዜ ወይም ጊዜያቸው ባለፈ ተግባራት አጣራ</translation>
    </message>
    <message>
      <source>Filter mentees</source>
      <translation>ተማካሪዎችን አጣራ</translation>
    </message>
    <message>
      <source>Filter sessions by cohort</source>
      <translation>ክፍለ ጊዜያትን በዙር አጣራ</translation>
    </message>
    <message>
      <source>Filter sessions by mentee name</source>
      <translation>ክፍለ ጊዜያትን በተማካሪ ስም አጣራ</translation>
    </message>
    <message>
      <source>Filter sessions by programme</source>
      <translation>ክፍለ ጊዜያትን በፕሮግራም አጣራ</translation>
    </message>
    <message>
      <source>Filter sessions by tag</source>
      <translation>ክፍለ ጊዜያትን በመለያ አጣራ</translation>
    </message>
    <message>
      <source>Filters</source>
      <translation>ማጣሪያዎች</translation>
    </message>
    <message>
      <source>Filters ({n})</source>
      <translation>ማጣሪያዎች ({n})</translation>
    </message>
    <message>
      <source>Find a mentee by name, programme or cohort</source>
      <translation>ተማካሪን በስም፣ በፕሮግራም ወይም በዙር ፈልግ</translation>
    </message>
    <message>
      <source>First and latest rating of each skill ({low} to {high}).</source>
      <translation>የእያንዳንዱ ክህሎት የመጀመሪያ እና የቅርብ ጊዜ ደረጃ (ከ{low} እስከ {high})።</translation>
    </message>
    <message>
      <source>First rating</source>
      <translation>የመጀመሪያ ደረጃ</translation>
    </message>
    <message>
      <source>For the session of {date}</source>
      <translation>ለ{date} ክፍለ ጊዜ</translation>
    </message>
    <message>
      <source>Format</source>
      <translation>ቅርጸት</translation>
    </message>
    <message>
      <source>From now on, backups are encrypted.</source>
      <translation>ከአሁን ጀምሮ መጠባበቂያዎች ይመሰጠራሉ።</translation>
    </message>
    <message>
      <source>From session:</source>
      <translation>ከክፍለ ጊዜ:</translation>
    </message>
    <message>
      <source>Gap over {n} days</source>
      <translation>ከ{n} ቀናት በላይ ክፍተት</translation>
    </message>
    <message>
      <source>Generate</source>
      <translation>አመንጭ</translation>
    </message>
    <message>
      <source>Give the progress in percent, a measured value, or both.</source>
      <translation>እድገቱን በመቶኛ፣ በተለካ ዋጋ ወይም በሁለቱም ይስጡ።</translation>
    </message>
    <message>
      <source>Goal</source>
      <translation>ግብ</translation>
    </message>
    <message>
      <source>Goal check-ins</source>
      <translation>የግብ ክትትሎች</translation>
    </message>
    <message>
      <source>Goal details</source>
      <translation>የግቡ ዝርዝሮች</translation>
    </message>
    <message>
      <source>Goal title</source>
      <translation>የግቡ ርዕስ</translation>
    </message>
    <message>
      <source>Goal:</source>
      <translation>ግብ:</translation>
    </message>
    <message>
      <source>Goals</source>
      <translation>ግቦች</translation>
    </message>
    <message>
      <source>Goals achieved</source>
      <translation>የተሳኩ ግቦች</translation>
    </message>
    <message>
      <source>Goals active</source>
      <translation>ንቁ ግቦች</translation>
    </message>
    <message>
      <source>Goals and reflections linked to it are kept.</source>
      <translation>ከእሱ ጋር የተያያዙ ግቦች እና ነጸብራቆች ይቆያሉ።</translation>
    </message>
    <message>
      <source>Goals progress</source>
      <translation>የግቦች እድገት</translation>
    </message>
    <message>
      <source>Goals with progress</source>
      <translation>ግቦች ከእድገታቸው ጋር</translation>
    </message>
    <message>
      <source>Goals, with the progress chart</source>
      <translation>ግቦች ከእድገት ገበታ ጋር</translation>
    </message>
    <message>
      <source>Goes by “{name}”</source>
      <translation>“{name}” ተብሎ ይጠራል</translation>
    </message>
    <message>
      <source>Good.</source>
      <translation>ጥሩ።</translation>
    </message>
    <message>
      <source>Group</source>
      <translation>ቡድን</translation>
    </message>
    <message>
      <source>Help</source>
      <translation>እገዛ</translation>
    </message>
    <message>
      <source>Hide everything until the passphrase is typed (Ctrl+L)</source>
      <translation>የይለፍ ሐረጉ እስኪገባ ድረስ ሁሉንም ደብቅ (Ctrl+L)</translation>
    </message>
    <message>
      <source>High contrast</source>
      <translation>ከፍተኛ ንፅፅር</translation>
    </message>
    <message>
      <source>How confident the mentee felt at each session, from 1 (low) to 5 (high).</source>
      <translation>ተማካሪው በእያንዳንዱ ክፍለ ጊዜ የተሰማው በራስ መተማመን፣ ከ1 (ዝቅተኛ) እስከ 5 (ከፍተኛ)።</translation>
    </message>
    <message>
      <source>How far along the goal is, from 0 to 100 percent</source>
      <translation>ግቡ ምን ያህል እንደተራመደ፣ ከ0 እስከ 100 በመቶ</translation>
    </message>
    <message>
      <source>How often you plan to meet; the dashboard warns when a meeting is overdue. 0 uses the journal's default.</source>
      <translation>ምን ያህል ጊዜ ለመገናኘት እንዳሰቡ፤ ስብሰባ ሲዘገይ ዳሽቦርዱ ያስጠነቅቃል። 0 የማስታወሻ ደብተሩን ነባሪ ይጠቀማል።</translation>
    </message>
    <message>
      <source>How will you both see the progress?</source>
      <translation>ሁለታችሁም እድገቱን እንዴት ታያላችሁ?</translation>
    </message>
    <message>
      <source>Import</source>
      <translation>አስገባ</translation>
    </message>
    <message>
      <source>Imported: {0}.</source>
      <translation>ገብቷል፦ {0}።</translation>
    </message>
    <message>
      <source>Importing…</source>
      <translation>በማስገባት ላይ…</translation>
    </message>
    <message>
      <source>In progress</source>
      <translation>በሂደት ላይ</translation>
    </message>
    <message>
      <source>Include private notes and private reflections (moving your own journal)</source>
      <translation>የግል ማስታወሻዎችን እና የግል ነጸብራቆችን አካትት (የራስዎን ማስታወሻ ደብተር ሲያዘዋውሩ)</translation>
    </message>
    <message>
      <source>Includes private notes: keep this document confidential.</source>
      <translation>የግል ማስታወሻዎችን ያካትታል፦ ይህን ሰነድ በሚስጥር ይያዙ።</translation>
    </message>
    <message>
      <source>Independent</source>
      <translation>ራሱን ችሎ</translation>
    </message>
    <message>
      <source>It holds {holds}.</source>
      <translation>በውስጡ {holds} ይገኛሉ።</translation>
    </message>
    <message numerus="yes">
      <source>Its %n action item(s) are deleted with it. </source>
      <translation>
        <numerusform>የእሱ %Ln ተግባር አብሮ ይሰረዛል። </numerusform>
        <numerusform>የእሱ %Ln ተግባራት አብረው ይሰረዛሉ። </numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Its %n check-in(s) are deleted with it.</source>
      <translation>
        <numerusform>የእሱ %Ln ክትትል አብሮ ይሰረዛል።</numerusform>
        <numerusform>የእሱ %Ln ክትትሎች አብረው ይሰረዛሉ።</numerusform>
      </translation>
    </message>
    <message>
      <source>Journal &amp;owner…</source>
      <translation>የማስታወሻ ደብተሩ ባለቤት(&amp;O)…</translation>
    </message>
    <message>
      <source>Journal default ({days} days)</source>
      <translation>የማስታወሻ ደብተሩ ነባሪ ({days} ቀናት)</translation>
    </message>
    <message>
      <source>Journal file</source>
      <translation>የማስታወሻ ደብተር ፋይል</translation>
    </message>
    <message>
      <source>Journal file:</source>
      <translation>የማስታወሻ ደብተር ፋይል:</translation>
    </message>
    <message>
      <source>Journal file: {path}</source>
      <translation>የማስታወሻ ደብተር ፋይል፦ {path}</translation>
    </message>
    <message>
      <source>Journal passphrase</source>
      <translation>የማስታወሻ ደብተር የይለፍ ሐረግ</translation>
    </message>
    <message>
      <source>Keep both (add the file's version as a copy)</source>
      <translation>ሁለቱንም አቆይ (የፋይሉን ስሪት እንደ ቅጂ አክል)</translation>
    </message>
    <message>
      <source>Keep the drafts and ask again at the next start</source>
      <translation>ረቂቆቹን አቆይ እና በሚቀጥለው ጅምር እንደገና ጠይቅ</translation>
    </message>
    <message>
      <source>Keep the newer version</source>
      <translation>አዲሱን ስሪት አቆይ</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>ዓይነት</translation>
    </message>
    <message>
      <source>Kind of session</source>
      <translation>የክፍለ ጊዜ ዓይነት</translation>
    </message>
    <message>
      <source>Labels to find and filter sessions by; existing tags are suggested</source>
      <translation>ክፍለ ጊዜያትን ለማግኘት እና ለማጣራት የሚረዱ መለያዎች፤ ያሉ መለያዎች ይጠቆማሉ</translation>
    </message>
    <message>
      <source>Labels to find and group goals by; existing tags are suggested</source>
      <translation>ግቦችን ለማግኘት እና ለመመደብ የሚረዱ መለያዎች፤ ያሉ መለያዎች ይጠቆማሉ</translation>
    </message>
    <message>
      <source>Labels to find and group mentees by; existing tags are suggested</source>
      <translation>ተማካሪዎችን ለማግኘት እና ለመመደብ የሚረዱ መለያዎች፤ ያሉ መለያዎች ይጠቆማሉ</translation>
    </message>
    <message>
      <source>Labels to find reflections by; existing tags are suggested</source>
      <translation>ነጸብራቆችን ለማግኘት የሚረዱ መለያዎች፤ ያሉ መለያዎች ይጠቆማሉ</translation>
    </message>
    <message>
      <source>Language</source>
      <translation>ቋንቋ</translation>
    </message>
    <message>
      <source>Language and theme apply the next time the app starts.</source>
      <translation>ቋንቋ እና ገጽታ የሚተገበሩት መተግበሪያው በሚቀጥለው ጊዜ ሲጀምር ነው።</translation>
    </message>
    <message>
      <source>Last 12 months</source>
      <translation>ያለፉት 12 ወራት</translation>
    </message>
    <message>
      <source>Last 3 months</source>
      <translation>ያለፉት 3 ወራት</translation>
    </message>
    <message>
      <source>Last 6 months</source>
      <translation>ያለፉት 6 ወራት</translation>
    </message>
    <message>
      <source>Last mentor rating</source>
      <translation>የአማካሪው የመጨረሻ ደረጃ</translation>
    </message>
    <message>
      <source>Last rating</source>
      <translation>የመጨረሻ ደረጃ</translation>
    </message>
    <message>
      <source>Last self-rating</source>
      <translation>የመጨረሻ የራስ ምዘና</translation>
    </message>
    <message>
      <source>Last session</source>
      <translation>የመጨረሻ ክፍለ ጊዜ</translation>
    </message>
    <message>
      <source>Last session from</source>
      <translation>የመጨረሻ ክፍለ ጊዜ ከ</translation>
    </message>
    <message>
      <source>Last session today</source>
      <translation>የመጨረሻ ክፍለ ጊዜ ዛሬ</translation>
    </message>
    <message>
      <source>Last session until</source>
      <translation>የመጨረሻ ክፍለ ጊዜ እስከ</translation>
    </message>
    <message>
      <source>Latest rating</source>
      <translation>የቅርብ ጊዜ ደረጃ</translation>
    </message>
    <message>
      <source>Latest reflections</source>
      <translation>የቅርብ ጊዜ ነጸብራቆች</translation>
    </message>
    <message>
      <source>Learner</source>
      <translation>ሰልጣኝ</translation>
    </message>
    <message>
      <source>Level</source>
      <translation>ደረጃ</translation>
    </message>
    <message>
      <source>Light</source>
      <translation>ብሩህ</translation>
    </message>
    <message>
      <source>Linked session</source>
      <translation>የተያያዘ ክፍለ ጊዜ</translation>
    </message>
    <message>
      <source>Lock after &amp;idle time:</source>
      <translation>ከስራ-አልባ ጊዜ በኋላ ቆልፍ(&amp;I):</translation>
    </message>
    <message>
      <source>Lock after idle (minutes, 0 = never)</source>
      <translation>ከሥራ-አልባ ጊዜ በኋላ ቆልፍ (ደቂቃዎች፣ 0 = በጭራሽ)</translation>
    </message>
    <message>
      <source>M — Measurable</source>
      <translation>M — ሊለካ የሚችል (Measurable)</translation>
    </message>
    <message>
      <source>Made</source>
      <translation>የተያዘበት ቀን</translation>
    </message>
    <message>
      <source>Main</source>
      <translation>ዋና</translation>
    </message>
    <message>
      <source>Mark done</source>
      <translation>እንደተከናወነ ምልክት አድርግ</translation>
    </message>
    <message>
      <source>Markdown (*.md)</source>
      <translation>Markdown (*.md)</translation>
    </message>
    <message>
      <source>Markdown text</source>
      <translation>የMarkdown ጽሑፍ</translation>
    </message>
    <message>
      <source>Mea&amp;sure:</source>
      <translation>መለኪያ(&amp;S):</translation>
    </message>
    <message>
      <source>Measured</source>
      <translation>የተለካ</translation>
    </message>
    <message>
      <source>Measured by</source>
      <translation>የሚለካው በ</translation>
    </message>
    <message>
      <source>Measured value</source>
      <translation>የተለካ ዋጋ</translation>
    </message>
    <message>
      <source>Meet &amp;every:</source>
      <translation>የመገናኛ ድግግሞሽ(&amp;E):</translation>
    </message>
    <message>
      <source>Meetings</source>
      <translation>ስብሰባዎች</translation>
    </message>
    <message>
      <source>Meets every</source>
      <translation>የመገናኛ ድግግሞሽ</translation>
    </message>
    <message>
      <source>Mentee</source>
      <translation>ተማካሪ</translation>
    </message>
    <message>
      <source>Mentee erased.</source>
      <translation>ተማካሪው ተደምስሷል።</translation>
    </message>
    <message>
      <source>Mentee name</source>
      <translation>የተማካሪ ስም</translation>
    </message>
    <message>
      <source>Mentee overview</source>
      <translation>የተማካሪ አጠቃላይ እይታ</translation>
    </message>
    <message>
      <source>Mentee page</source>
      <translation>የተማካሪ ገጽ</translation>
    </message>
    <message>
      <source>Mentee's own rating</source>
      <translation>ተማካሪው ለራሱ የሰጠው ደረጃ</translation>
    </message>
    <message>
      <source>Mentee:</source>
      <translation>ተማካሪ:</translation>
    </message>
    <message>
      <source>Mentees</source>
      <translation>ተማካሪዎች</translation>
    </message>
    <message>
      <source>Mentees by how long since the last session</source>
      <translation>ተማካሪዎች ከመጨረሻው ክፍለ ጊዜ ወዲህ ባለፈው ጊዜ</translation>
    </message>
    <message>
      <source>Mentees to export</source>
      <translation>ወደ ውጭ የሚላኩ ተማካሪዎች</translation>
    </message>
    <message>
      <source>Mentees who attended</source>
      <translation>የተገኙ ተማካሪዎች</translation>
    </message>
    <message>
      <source>Mentees whose last session was on or after this date</source>
      <translation>የመጨረሻ ክፍለ ጊዜያቸው በዚህ ቀን ወይም ከዚያ በኋላ የሆነ ተማካሪዎች</translation>
    </message>
    <message>
      <source>Mentees whose last session was on or before this date</source>
      <translation>የመጨረሻ ክፍለ ጊዜያቸው በዚህ ቀን ወይም ከዚያ በፊት የሆነ ተማካሪዎች</translation>
    </message>
    <message>
      <source>Mentor</source>
      <translation>አማካሪ</translation>
    </message>
    <message>
      <source>Mentor Journal</source>
      <translation>Mentor Journal</translation>
    </message>
    <message>
      <source>Mentor Journal files (*.sqlite *.db);;All files (*)</source>
      <translation>የMentor Journal ፋይሎች (*.sqlite *.db);;ሁሉም ፋይሎች (*)</translation>
    </message>
    <message>
      <source>Mentor Journal is locked</source>
      <translation>Mentor Journal ተቆልፏል</translation>
    </message>
    <message>
      <source>Mentor Journal ran into a problem it did not expect.</source>
      <translation>Mentor Journal ያልጠበቀው ችግር አጋጥሞታል።</translation>
    </message>
    <message>
      <source>Mentor Journal ran into {n} problems it did not expect.</source>
      <translation>Mentor Journal ያልጠበቃቸው {n} ችግሮች አጋጥመውታል።</translation>
    </message>
    <message>
      <source>Mentor's rating</source>
      <translation>የአማካሪው ደረጃ</translation>
    </message>
    <message>
      <source>Mentoring</source>
      <translation>ማማከር</translation>
    </message>
    <message>
      <source>Mentoring session: {name}</source>
      <translation>የማማከር ክፍለ ጊዜ፦ {name}</translation>
    </message>
    <message>
      <source>Mentoring summaries</source>
      <translation>የማማከር ማጠቃለያዎች</translation>
    </message>
    <message>
      <source>Mentoring summary: {name}</source>
      <translation>የማማከር ማጠቃለያ፦ {name}</translation>
    </message>
    <message>
      <source>Month</source>
      <translation>ወር</translation>
    </message>
    <message>
      <source>More than {n} sessions</source>
      <translation>ከ{n} በላይ ክፍለ ጊዜያት</translation>
    </message>
    <message>
      <source>Move &amp;up</source>
      <translation>ወደ ላይ አንቀሳቅስ(&amp;U)</translation>
    </message>
    <message>
      <source>Move do&amp;wn</source>
      <translation>ወደ ታች አንቀሳቅስ(&amp;W)</translation>
    </message>
    <message>
      <source>N&amp;ote prompts:</source>
      <translation>የማስታወሻ መነሻ ጥያቄዎች(&amp;O):</translation>
    </message>
    <message>
      <source>N&amp;otes:</source>
      <translation>ማስታወሻዎች(&amp;O):</translation>
    </message>
    <message>
      <source>Never</source>
      <translation>በጭራሽ</translation>
    </message>
    <message>
      <source>Never met</source>
      <translation>ተገናኝተው አያውቁም</translation>
    </message>
    <message>
      <source>New</source>
      <translation>አዲስ</translation>
    </message>
    <message>
      <source>New &amp;action item…</source>
      <translation>አዲስ ተግባር(&amp;A)…</translation>
    </message>
    <message>
      <source>New &amp;goal…</source>
      <translation>አዲስ ግብ(&amp;G)…</translation>
    </message>
    <message>
      <source>New &amp;mentee…</source>
      <translation>አዲስ ተማካሪ(&amp;M)…</translation>
    </message>
    <message>
      <source>New &amp;reflection…</source>
      <translation>አዲስ ነጸብራቅ(&amp;R)…</translation>
    </message>
    <message>
      <source>New &amp;session…</source>
      <translation>አዲስ ክፍለ ጊዜ(&amp;S)…</translation>
    </message>
    <message>
      <source>New action item</source>
      <translation>አዲስ ተግባር</translation>
    </message>
    <message>
      <source>New action item — {name}</source>
      <translation>አዲስ ተግባር — {name}</translation>
    </message>
    <message>
      <source>New action item…</source>
      <translation>አዲስ ተግባር…</translation>
    </message>
    <message>
      <source>New backups are encrypted to this journal's key; restoring one asks for its passphrase. Key: {recipient}</source>
      <translation>አዳዲስ መጠባበቂያዎች በዚህ ማስታወሻ ደብተር ቁልፍ ይመሰጠራሉ፤ አንዱን ለመመለስ የይለፍ ሐረጉ ይጠየቃል። ቁልፍ፦ {recipient}</translation>
    </message>
    <message>
      <source>New backups are not encrypted.</source>
      <translation>አዳዲስ መጠባበቂያዎች አይመሰጠሩም።</translation>
    </message>
    <message>
      <source>New check-in</source>
      <translation>አዲስ ክትትል</translation>
    </message>
    <message>
      <source>New check-in — {name}</source>
      <translation>አዲስ ክትትል — {name}</translation>
    </message>
    <message>
      <source>New goal</source>
      <translation>አዲስ ግብ</translation>
    </message>
    <message>
      <source>New goal — {name}</source>
      <translation>አዲስ ግብ — {name}</translation>
    </message>
    <message>
      <source>New goal…</source>
      <translation>አዲስ ግብ…</translation>
    </message>
    <message>
      <source>New mentee</source>
      <translation>አዲስ ተማካሪ</translation>
    </message>
    <message>
      <source>New passphrase</source>
      <translation>አዲስ የይለፍ ሐረግ</translation>
    </message>
    <message>
      <source>New passphrase &amp;again:</source>
      <translation>አዲሱን የይለፍ ሐረግ እንደገና(&amp;A):</translation>
    </message>
    <message>
      <source>New passphrase again</source>
      <translation>አዲሱን የይለፍ ሐረግ እንደገና</translation>
    </message>
    <message>
      <source>New rating</source>
      <translation>አዲስ ደረጃ</translation>
    </message>
    <message>
      <source>New reflection</source>
      <translation>አዲስ ነጸብራቅ</translation>
    </message>
    <message>
      <source>New reflection template</source>
      <translation>አዲስ የነጸብራቅ አብነት</translation>
    </message>
    <message>
      <source>New reflection — {name}</source>
      <translation>አዲስ ነጸብራቅ — {name}</translation>
    </message>
    <message>
      <source>New reflection…</source>
      <translation>አዲስ ነጸብራቅ…</translation>
    </message>
    <message>
      <source>New session</source>
      <translation>አዲስ ክፍለ ጊዜ</translation>
    </message>
    <message>
      <source>New session template</source>
      <translation>አዲስ የክፍለ ጊዜ አብነት</translation>
    </message>
    <message>
      <source>New session — {name}</source>
      <translation>አዲስ ክፍለ ጊዜ — {name}</translation>
    </message>
    <message>
      <source>New session…</source>
      <translation>አዲስ ክፍለ ጊዜ…</translation>
    </message>
    <message>
      <source>New skill</source>
      <translation>አዲስ ክህሎት</translation>
    </message>
    <message>
      <source>Next meeting</source>
      <translation>ቀጣይ ስብሰባ</translation>
    </message>
    <message>
      <source>Next meeting date</source>
      <translation>የቀጣይ ስብሰባ ቀን</translation>
    </message>
    <message>
      <source>Next meeting: {date}</source>
      <translation>ቀጣይ ስብሰባ፦ {date}</translation>
    </message>
    <message>
      <source>Next meeting: {when}</source>
      <translation>ቀጣይ ስብሰባ፦ {when}</translation>
    </message>
    <message>
      <source>Next steps</source>
      <translation>ቀጣይ እርምጃዎች</translation>
    </message>
    <message>
      <source>No action items were agreed in this session.</source>
      <translation>በዚህ ክፍለ ጊዜ የተስማማንበት ተግባር የለም።</translation>
    </message>
    <message>
      <source>No action items yet — add one here, or agree them when you log a session (Ctrl+N).</source>
      <translation>እስካሁን ተግባር የለም — እዚህ አንዱን ያክሉ፣ ወይም ክፍለ ጊዜ ሲመዘግቡ ይስማሙባቸው (Ctrl+N)።</translation>
    </message>
    <message>
      <source>No active goals.</source>
      <translation>ንቁ ግብ የለም።</translation>
    </message>
    <message>
      <source>No active mentees. Add a mentee or set one to Active.</source>
      <translation>ንቁ ተማካሪ የለም። ተማካሪ ያክሉ ወይም አንዱን ወደ ንቁ ይቀይሩ።</translation>
    </message>
    <message>
      <source>No backup could be restored.</source>
      <translation>ምንም መጠባበቂያ ሊመለስ አልቻለም።</translation>
    </message>
    <message>
      <source>No backup: {e}</source>
      <translation>መጠባበቂያ የለም፦ {e}</translation>
    </message>
    <message>
      <source>No check-ins yet — add one to record progress.</source>
      <translation>እስካሁን ክትትል የለም — እድገትን ለመመዝገብ አንዱን ያክሉ።</translation>
    </message>
    <message>
      <source>No check-ins yet — record progress on a goal to see it here.</source>
      <translation>እስካሁን ክትትል የለም — እዚህ ለማየት የአንድ ግብ እድገትን ይመዝግቡ።</translation>
    </message>
    <message>
      <source>No confidence ratings yet — ask the mentee at the next session to see it here.</source>
      <translation>እስካሁን የበራስ መተማመን ደረጃ የለም — እዚህ ለማየት በሚቀጥለው ክፍለ ጊዜ ተማካሪውን ይጠይቁ።</translation>
    </message>
    <message>
      <source>No encryption (plain JSON)</source>
      <translation>ምስጠራ የለም (ግልጽ JSON)</translation>
    </message>
    <message>
      <source>No goals yet — press Ctrl+G to set the first one.</source>
      <translation>እስካሁን ግብ የለም — የመጀመሪያውን ለማስቀመጥ Ctrl+G ይጫኑ።</translation>
    </message>
    <message>
      <source>No goals.</source>
      <translation>ግብ የለም።</translation>
    </message>
    <message>
      <source>No log file could be written.</source>
      <translation>ምንም የምዝግብ ማስታወሻ ፋይል ሊጻፍ አልቻለም።</translation>
    </message>
    <message>
      <source>No mentee matches these filters.
Clear them, or choose “All mentees”.</source>
      <translation>ከእነዚህ ማጣሪያዎች ጋር የሚዛመድ ተማካሪ የለም።
ያጽዷቸው፣ ወይም “ሁሉም ተማካሪዎች”ን ይምረጡ።</translation>
    </message>
    <message>
      <source>No mentees yet.</source>
      <translation>እስካሁን ተማካሪ የለም።</translation>
    </message>
    <message>
      <source>No mentees yet.
Press Ctrl+Shift+M to add your first mentee.</source>
      <translation>እስካሁን ተማካሪ የለም።
የመጀመሪያ ተማካሪዎን ለማከል Ctrl+Shift+M ይጫኑ።</translation>
    </message>
    <message>
      <source>No mentor ratings yet</source>
      <translation>እስካሁን የአማካሪ ደረጃ የለም</translation>
    </message>
    <message>
      <source>No new skill ratings since the last session.</source>
      <translation>ከመጨረሻው ክፍለ ጊዜ ወዲህ አዲስ የክህሎት ደረጃ የለም።</translation>
    </message>
    <message>
      <source>No new skill ratings.</source>
      <translation>አዲስ የክህሎት ደረጃ የለም።</translation>
    </message>
    <message>
      <source>No particular session</source>
      <translation>የተለየ ክፍለ ጊዜ የለም</translation>
    </message>
    <message>
      <source>No private notes.</source>
      <translation>የግል ማስታወሻ የለም።</translation>
    </message>
    <message>
      <source>No programme set</source>
      <translation>ፕሮግራም አልተመረጠም</translation>
    </message>
    <message>
      <source>No reflections in this period.</source>
      <translation>በዚህ ጊዜ ውስጥ ነጸብራቅ የለም።</translation>
    </message>
    <message>
      <source>No reflections yet — press Ctrl+R to write one.</source>
      <translation>እስካሁን ነጸብራቅ የለም — አንዱን ለመጻፍ Ctrl+R ይጫኑ።</translation>
    </message>
    <message>
      <source>No reflections yet.</source>
      <translation>እስካሁን ነጸብራቅ የለም።</translation>
    </message>
    <message>
      <source>No self ratings yet</source>
      <translation>እስካሁን የራስ ምዘና የለም</translation>
    </message>
    <message>
      <source>No session matches these filters.</source>
      <translation>ከእነዚህ ማጣሪያዎች ጋር የሚዛመድ ክፍለ ጊዜ የለም።</translation>
    </message>
    <message>
      <source>No session since {day}</source>
      <translation>ከ{day} ወዲህ ክፍለ ጊዜ የለም</translation>
    </message>
    <message>
      <source>No session yet</source>
      <translation>እስካሁን ክፍለ ጊዜ የለም</translation>
    </message>
    <message>
      <source>No session yet.</source>
      <translation>እስካሁን ክፍለ ጊዜ የለም።</translation>
    </message>
    <message>
      <source>No sessions in this period.</source>
      <translation>በዚህ ጊዜ ውስጥ ክፍለ ጊዜ የለም።</translation>
    </message>
    <message>
      <source>No sessions yet — log a session with this mentee to see it here.</source>
      <translation>እስካሁን ክፍለ ጊዜ የለም — እዚህ ለማየት ከዚህ ተማካሪ ጋር ክፍለ ጊዜ ይመዝግቡ።</translation>
    </message>
    <message>
      <source>No sessions yet — press Ctrl+N to log the first one.</source>
      <translation>እስካሁን ክፍለ ጊዜ የለም — የመጀመሪያውን ለመመዝገብ Ctrl+N ይጫኑ።</translation>
    </message>
    <message>
      <source>No skill ratings yet — rate the mentee's skills to see their progress here.</source>
      <translation>እስካሁን የክህሎት ደረጃ የለም — እድገታቸውን እዚህ ለማየት የተማካሪውን ክህሎቶች ደረጃ ይስጡ።</translation>
    </message>
    <message>
      <source>No skill ratings.</source>
      <translation>የክህሎት ደረጃ የለም።</translation>
    </message>
    <message>
      <source>No tags</source>
      <translation>መለያ የለም</translation>
    </message>
    <message>
      <source>No template</source>
      <translation>አብነት የለም</translation>
    </message>
    <message>
      <source>Not available: {0}. Everything else works without it.</source>
      <translation>አይገኝም፦ {0}። የቀረው ሁሉ ያለ እሱ ይሠራል።</translation>
    </message>
    <message>
      <source>Not available: {why}.</source>
      <translation>አይገኝም፦ {why}።</translation>
    </message>
    <message>
      <source>Not rated</source>
      <translation>ደረጃ አልተሰጠም</translation>
    </message>
    <message>
      <source>Not recorded</source>
      <translation>አልተመዘገበም</translation>
    </message>
    <message>
      <source>Not set</source>
      <translation>አልተወሰነም</translation>
    </message>
    <message>
      <source>Not started</source>
      <translation>አልተጀመረም</translation>
    </message>
    <message>
      <source>Not yet</source>
      <translation>ገና ነው</translation>
    </message>
    <message>
      <source>Note</source>
      <translation>ማስታወሻ</translation>
    </message>
    <message>
      <source>Notes</source>
      <translation>ማስታወሻዎች</translation>
    </message>
    <message>
      <source>Notes of the last session</source>
      <translation>የመጨረሻው ክፍለ ጊዜ ማስታወሻዎች</translation>
    </message>
    <message>
      <source>Nothing found.</source>
      <translation>ምንም አልተገኘም።</translation>
    </message>
    <message>
      <source>Nothing here yet.</source>
      <translation>እስካሁን እዚህ ምንም የለም።</translation>
    </message>
    <message>
      <source>Nothing open.</source>
      <translation>ክፍት የሆነ ነገር የለም።</translation>
    </message>
    <message>
      <source>Nothing to save: type a rating (1 to 5) for at least one skill.</source>
      <translation>የሚቀመጥ ነገር የለም፦ ቢያንስ ለአንድ ክህሎት ደረጃ (ከ1 እስከ 5) ያስገቡ።</translation>
    </message>
    <message>
      <source>OK</source>
      <translation>እሺ</translation>
    </message>
    <message>
      <source>Off by default: anyone using this computer could then use them.</source>
      <translation>በነባሪ ጠፍቷል፦ አለበለዚያ ይህን ኮምፒውተር የሚጠቀም ማንኛውም ሰው ሊጠቀምባቸው ይችላል።</translation>
    </message>
    <message>
      <source>On closing</source>
      <translation>ሲዘጋ</translation>
    </message>
    <message>
      <source>On track</source>
      <translation>በጊዜው ላይ</translation>
    </message>
    <message>
      <source>On track: seen within their cadence · Due: a meeting is due · Overdue: more than half a cadence late, or never met. Enter opens a mentee.</source>
      <translation>በጊዜው ላይ፦ በተወሰነላቸው ድግግሞሽ ውስጥ ታይተዋል · ጊዜው ደርሷል፦ እንደገና የመገናኘት ጊዜ ነው · ዘግይቷል፦ ከግማሽ ድግግሞሽ በላይ ዘግይቷል፣ ወይም ተገናኝተው አያውቁም። Enter ተማካሪን ይከፍታል።</translation>
    </message>
    <message>
      <source>One prompt per line, e.g.
What went well:</source>
      <translation>በአንድ መስመር አንድ መነሻ ጥያቄ፣ ለምሳሌ
ጥሩ የሄደው ምንድን ነው:</translation>
    </message>
    <message>
      <source>One skill over time</source>
      <translation>አንድ ክህሎት በጊዜ ሂደት</translation>
    </message>
    <message>
      <source>One-to-one</source>
      <translation>አንድ ለአንድ</translation>
    </message>
    <message>
      <source>One-to-one, group, peer, workplace visit or virtual</source>
      <translation>አንድ ለአንድ፣ ቡድን፣ አቻ ለአቻ፣ የሥራ ቦታ ጉብኝት ወይም በርቀት</translation>
    </message>
    <message>
      <source>Only for files encrypted to a key</source>
      <translation>በቁልፍ ለተመሰጠሩ ፋይሎች ብቻ</translation>
    </message>
    <message>
      <source>Only for you, e.g. seemed tired; ask about the new job</source>
      <translation>ለእርስዎ ብቻ፣ ለምሳሌ የደከመ ይመስል ነበር፤ ስለ አዲሱ ሥራ ጠይቅ</translation>
    </message>
    <message>
      <source>Only for you: left out of summaries and exports unless you choose to include them.</source>
      <translation>ለእርስዎ ብቻ፦ እንዲካተቱ ካልመረጡ በስተቀር ከማጠቃለያዎች እና ከወጪ ፋይሎች ውጭ ይደረጋሉ።</translation>
    </message>
    <message>
      <source>Only the best are shown: add words to narrow it.</source>
      <translation>የሚታዩት ምርጦቹ ብቻ ናቸው፦ ለማጥበብ ቃላት ያክሉ።</translation>
    </message>
    <message>
      <source>Only with overdue action items</source>
      <translation>ጊዜያቸው ያለፈ ተግባራት ያላቸው ብቻ</translation>
    </message>
    <message>
      <source>Open</source>
      <translation>ክፍት</translation>
    </message>
    <message>
      <source>Open</source>
      <comment>button: open the chosen file</comment>
      <translation>ክፈት</translation>
    </message>
    <message>
      <source>Open</source>
      <comment>button: open the selected entry</comment>
      <translation>ክፈት</translation>
    </message>
    <message>
      <source>Open (dashed)</source>
      <translation>ክፍት (ነጠብጣብ መስመር)</translation>
    </message>
    <message>
      <source>Open action items</source>
      <translation>ክፍት ተግባራት</translation>
    </message>
    <message>
      <source>Open actions</source>
      <translation>ክፍት ተግባራት</translation>
    </message>
    <message>
      <source>Open another journal</source>
      <translation>ሌላ ማስታወሻ ደብተር ክፈት</translation>
    </message>
    <message>
      <source>Open {name} (Enter)</source>
      <translation>{name}ን ክፈት (Enter)</translation>
    </message>
    <message>
      <source>Opening {name}…</source>
      <translation>የ{name} ገጽ በመክፈት ላይ…</translation>
    </message>
    <message>
      <source>Optionally, the session this reflection is about</source>
      <translation>ከተፈለገ፣ ይህ ነጸብራቅ የሚመለከተው ክፍለ ጊዜ</translation>
    </message>
    <message>
      <source>Overdue</source>
      <translation>ዘግይቷል</translation>
    </message>
    <message>
      <source>Overdue action items</source>
      <translation>ጊዜያቸው ያለፈ ተግባራት</translation>
    </message>
    <message>
      <source>Overdue items</source>
      <translation>ጊዜያቸው ያለፈ ተግባራት</translation>
    </message>
    <message>
      <source>Overview</source>
      <translation>አጠቃላይ እይታ</translation>
    </message>
    <message>
      <source>P&amp;rogramme / trade:</source>
      <translation>ፕሮግራም / ሙያ(&amp;R):</translation>
    </message>
    <message>
      <source>P&amp;rogramme report…</source>
      <translation>የፕሮግራም ሪፖርት(&amp;R)…</translation>
    </message>
    <message>
      <source>PDF document</source>
      <translation>የPDF ሰነድ</translation>
    </message>
    <message>
      <source>PDF documents (*.pdf)</source>
      <translation>የPDF ሰነዶች (*.pdf)</translation>
    </message>
    <message>
      <source>PNG image (*.png)</source>
      <translation>የPNG ምስል (*.png)</translation>
    </message>
    <message>
      <source>Pa&amp;per:</source>
      <translation>ወረቀት(&amp;P):</translation>
    </message>
    <message>
      <source>Page {page} of {pages}</source>
      <translation>ገጽ {page} ከ{pages}</translation>
    </message>
    <message>
      <source>Paper size</source>
      <translation>የወረቀት መጠን</translation>
    </message>
    <message>
      <source>Parts of the search index that keep it up to date were missing; they are back and the index has been rebuilt.</source>
      <translation>የፍለጋ ማውጫውን ወቅታዊ የሚያደርጉት ክፍሎች ጠፍተው ነበር፤ ተመልሰዋል፣ ማውጫውም እንደገና ተገንብቷል።</translation>
    </message>
    <message>
      <source>Passphrase</source>
      <translation>የይለፍ ሐረግ</translation>
    </message>
    <message>
      <source>Passphrase:</source>
      <translation>የይለፍ ሐረግ:</translation>
    </message>
    <message>
      <source>Paused</source>
      <translation>ለጊዜው የቆመ</translation>
    </message>
    <message>
      <source>Peer</source>
      <translation>አቻ ለአቻ</translation>
    </message>
    <message>
      <source>Per skill, the first rating (hatched) above the latest (solid); the number is the change in steps of the scale.</source>
      <translation>ለእያንዳንዱ ክህሎት የመጀመሪያው ደረጃ (ሰያፍ መስመሮች ያሉት) ከቅርብ ጊዜው (ሙሉ) በላይ ነው፤ ቁጥሩ በሚዛኑ ደረጃዎች የታየው ለውጥ ነው።</translation>
    </message>
    <message>
      <source>Percent done at each check-in. Solid lines: achieved goals; dashed: open ones. A diamond marks the target date.</source>
      <translation>በእያንዳንዱ ክትትል የተጠናቀቀው በመቶኛ። ሙሉ መስመሮች፦ የተሳኩ ግቦች፤ ነጠብጣብ፦ ክፍት የሆኑት። አልማዝ ምልክት የዒላማውን ቀን ያሳያል።</translation>
    </message>
    <message>
      <source>Period</source>
      <translation>ጊዜ</translation>
    </message>
    <message>
      <source>Period from</source>
      <translation>ጊዜ ከ</translation>
    </message>
    <message>
      <source>Period to</source>
      <translation>ጊዜ እስከ</translation>
    </message>
    <message>
      <source>Period: all records</source>
      <translation>ጊዜ፦ ሁሉም መዛግብት</translation>
    </message>
    <message>
      <source>Period: since {start}</source>
      <translation>ጊዜ፦ ከ{start} ጀምሮ</translation>
    </message>
    <message>
      <source>Period: until {end}</source>
      <translation>ጊዜ፦ እስከ {end}</translation>
    </message>
    <message>
      <source>Period: {start} – {end}</source>
      <translation>ጊዜ፦ {start} – {end}</translation>
    </message>
    <message>
      <source>Personal</source>
      <translation>ግላዊ</translation>
    </message>
    <message>
      <source>Phone or e-mail, e.g. 0911 234 567</source>
      <translation>ስልክ ወይም ኢሜይል፣ ለምሳሌ 0911 234 567</translation>
    </message>
    <message>
      <source>Pre-meeting brief</source>
      <translation>ከስብሰባ በፊት የሚነበብ አጭር መግለጫ</translation>
    </message>
    <message>
      <source>Pre-meeting brief: {name}</source>
      <translation>ከስብሰባ በፊት የሚነበብ አጭር መግለጫ፦ {name}</translation>
    </message>
    <message>
      <source>Preferred name</source>
      <translation>የሚጠራበት ስም</translation>
    </message>
    <message>
      <source>Prepared {date}</source>
      <translation>የተዘጋጀው {date}</translation>
    </message>
    <message>
      <source>Prepared {date} by {who}</source>
      <translation>የተዘጋጀው {date} በ{who}</translation>
    </message>
    <message>
      <source>Print brief…</source>
      <translation>አጭር መግለጫውን አትም…</translation>
    </message>
    <message>
      <source>Print preview</source>
      <translation>የህትመት ቅድመ እይታ</translation>
    </message>
    <message>
      <source>Print the brief (Ctrl+P)</source>
      <translation>አጭር መግለጫውን አትም (Ctrl+P)</translation>
    </message>
    <message>
      <source>Privacy</source>
      <translation>ግላዊነት</translation>
    </message>
    <message>
      <source>Private</source>
      <translation>የግል</translation>
    </message>
    <message>
      <source>Private note</source>
      <translation>የግል ማስታወሻ</translation>
    </message>
    <message>
      <source>Private notes</source>
      <translation>የግል ማስታወሻዎች</translation>
    </message>
    <message>
      <source>Private notes WILL be in this file. Share it only with someone allowed to read them; the file says it is confidential.</source>
      <translation>የግል ማስታወሻዎች በዚህ ፋይል ውስጥ ይካተታሉ። ሊያነባቸው ለተፈቀደለት ሰው ብቻ ያጋሩት፤ ፋይሉ ሚስጥራዊ መሆኑን ይገልጻል።</translation>
    </message>
    <message>
      <source>Private notes, private session notes and private reflections are left out of this file.</source>
      <translation>የግል ማስታወሻዎች፣ የግል የክፍለ ጊዜ ማስታወሻዎች እና የግል ነጸብራቆች ከዚህ ፋይል ውጭ ይደረጋሉ።</translation>
    </message>
    <message>
      <source>Private: left out of summaries and exports unless you include them</source>
      <translation>የግል፦ እርስዎ ካላካተቱት በስተቀር ከማጠቃለያዎች እና ከወጪ ፋይሎች ውጭ ይደረጋል</translation>
    </message>
    <message>
      <source>Private: left out of summaries and exports.</source>
      <translation>የግል፦ ከማጠቃለያዎች እና ከወጪ ፋይሎች ውጭ ይደረጋል።</translation>
    </message>
    <message>
      <source>Private: not shown in summaries or exports by default</source>
      <translation>የግል፦ በነባሪ በማጠቃለያዎች ወይም በወጪ ፋይሎች ውስጥ አይታይም</translation>
    </message>
    <message>
      <source>Problem</source>
      <translation>ችግር</translation>
    </message>
    <message>
      <source>Problems</source>
      <translation>ችግሮች</translation>
    </message>
    <message>
      <source>Profile</source>
      <translation>መገለጫ</translation>
    </message>
    <message>
      <source>Programme</source>
      <translation>ፕሮግራም</translation>
    </message>
    <message>
      <source>Programme &amp;dashboard</source>
      <translation>የፕሮግራም ዳሽቦርድ(&amp;D)</translation>
    </message>
    <message>
      <source>Programme / cohort</source>
      <translation>ፕሮግራም / ዙር</translation>
    </message>
    <message>
      <source>Programme dashboard</source>
      <translation>የፕሮግራም ዳሽቦርድ</translation>
    </message>
    <message>
      <source>Programme report</source>
      <translation>የፕሮግራም ሪፖርት</translation>
    </message>
    <message>
      <source>Programme report (one line per mentee)</source>
      <translation>የፕሮግራም ሪፖርት (ለእያንዳንዱ ተማካሪ አንድ መስመር)</translation>
    </message>
    <message>
      <source>Progress</source>
      <translation>እድገት</translation>
    </message>
    <message>
      <source>Progress in percent</source>
      <translation>እድገት በመቶኛ</translation>
    </message>
    <message>
      <source>Progress of {goal}</source>
      <translation>የ{goal} እድገት</translation>
    </message>
    <message>
      <source>Progress on goals</source>
      <translation>የግቦች እድገት</translation>
    </message>
    <message>
      <source>Progress on goals: percent done at each check-in in the period.</source>
      <translation>የግቦች እድገት፦ በዚህ ጊዜ ውስጥ በእያንዳንዱ ክትትል የተጠናቀቀው በመቶኛ።</translation>
    </message>
    <message>
      <source>Progress:</source>
      <translation>እድገት:</translation>
    </message>
    <message>
      <source>Prompts (optional)</source>
      <translation>መነሻ ጥያቄዎች (አማራጭ)</translation>
    </message>
    <message>
      <source>Protecting the key with the passphrase…</source>
      <translation>ቁልፉን በይለፍ ሐረጉ በመጠበቅ ላይ…</translation>
    </message>
    <message>
      <source>Protection</source>
      <translation>ጥበቃ</translation>
    </message>
    <message>
      <source>Puts its prompts into the reflection</source>
      <translation>መነሻ ጥያቄዎቹን ወደ ነጸብራቁ ያስገባል</translation>
    </message>
    <message>
      <source>Qt {qt} · PySide {pyside} · Python {python}</source>
      <translation>Qt {qt} · PySide {pyside} · Python {python}</translation>
    </message>
    <message>
      <source>R — Relevant</source>
      <translation>R — ተገቢ (Relevant)</translation>
    </message>
    <message>
      <source>Rate s&amp;kills…</source>
      <translation>ክህሎቶችን ደረጃ ስጥ(&amp;K)…</translation>
    </message>
    <message>
      <source>Rate skills</source>
      <translation>ክህሎቶችን ደረጃ ስጥ</translation>
    </message>
    <message>
      <source>Rate skills for this session</source>
      <translation>ለዚህ ክፍለ ጊዜ ክህሎቶችን ደረጃ ስጥ</translation>
    </message>
    <message>
      <source>Rate skills for this session…</source>
      <translation>ለዚህ ክፍለ ጊዜ ክህሎቶችን ደረጃ ስጥ…</translation>
    </message>
    <message>
      <source>Rate skills — {name}</source>
      <translation>ክህሎቶችን ደረጃ ስጥ — {name}</translation>
    </message>
    <message>
      <source>Rate skills…</source>
      <translation>ክህሎቶችን ደረጃ ስጥ…</translation>
    </message>
    <message>
      <source>Rate the mentee on the skills of the framework (Ctrl+K)</source>
      <translation>ተማካሪውን በማዕቀፉ ክህሎቶች ደረጃ ስጥ (Ctrl+K)</translation>
    </message>
    <message>
      <source>Rated by</source>
      <translation>ደረጃ የሰጠው</translation>
    </message>
    <message>
      <source>Rated by:</source>
      <translation>ደረጃ የሰጠው:</translation>
    </message>
    <message>
      <source>Rating</source>
      <translation>ደረጃ</translation>
    </message>
    <message>
      <source>Rating by the mentee</source>
      <translation>በተማካሪው የተሰጠ ደረጃ</translation>
    </message>
    <message>
      <source>Rating by the mentor</source>
      <translation>በአማካሪው የተሰጠ ደረጃ</translation>
    </message>
    <message>
      <source>Read all private notes</source>
      <translation>ሁሉንም የግል ማስታወሻዎች አንብብ</translation>
    </message>
    <message>
      <source>Read all private notes…</source>
      <translation>ሁሉንም የግል ማስታወሻዎች አንብብ…</translation>
    </message>
    <message>
      <source>Read the whole session on the Sessions tab</source>
      <translation>ሙሉውን ክፍለ ጊዜ በ«ክፍለ ጊዜያት» ትር ላይ ያንብቡ</translation>
    </message>
    <message>
      <source>Reading the file…</source>
      <translation>ፋይሉ እየተነበበ ነው…</translation>
    </message>
    <message>
      <source>Recipients</source>
      <translation>ተቀባዮች</translation>
    </message>
    <message>
      <source>Records</source>
      <translation>መዛግብት</translation>
    </message>
    <message>
      <source>Records are matched by their id, so importing the same file twice changes nothing. 'Updated' records were changed in the file after this journal's copy; 'conflicts' were changed here later. Mentees and skills are never doubled: for them the newer version is kept.</source>
      <translation>መዛግብት የሚዛመዱት በልዩ መታወቂያቸው (id) ነው፤ ስለዚህ አንድን ፋይል ሁለት ጊዜ ማስገባት ምንም አይለውጥም። 'የተዘመኑ' መዛግብት የዚህ ማስታወሻ ደብተር ቅጂ ከተወሰደ በኋላ በፋይሉ ውስጥ የተቀየሩ ናቸው፤ 'ግጭቶች' ከዚያ በኋላ እዚህ የተቀየሩ ናቸው። ተማካሪዎች እና ክህሎቶች በጭራሽ አይደገሙም፦ ለእነሱ አዲሱ ስሪት ይቀመጣል።</translation>
    </message>
    <message>
      <source>Records changed on both sides:</source>
      <translation>በሁለቱም በኩል የተቀየሩ መዛግብት:</translation>
    </message>
    <message>
      <source>Reflection</source>
      <translation>ነጸብራቅ</translation>
    </message>
    <message>
      <source>Reflection template</source>
      <translation>የነጸብራቅ አብነት</translation>
    </message>
    <message>
      <source>Reflection templates</source>
      <translation>የነጸብራቅ አብነቶች</translation>
    </message>
    <message>
      <source>Reflection text</source>
      <translation>የነጸብራቁ ጽሑፍ</translation>
    </message>
    <message>
      <source>Reflections</source>
      <translation>ነጸብራቆች</translation>
    </message>
    <message>
      <source>Relevant</source>
      <translation>ተገቢ</translation>
    </message>
    <message>
      <source>Remember export passphrases on this computer</source>
      <translation>የወጪ ፋይሎችን የይለፍ ሐረጎች በዚህ ኮምፒውተር ላይ አስታውስ</translation>
    </message>
    <message>
      <source>Remember the passphrase on this computer</source>
      <translation>የይለፍ ሐረጉን በዚህ ኮምፒውተር ላይ አስታውስ</translation>
    </message>
    <message>
      <source>Remove skill?</source>
      <translation>ክህሎቱ ይወገድ?</translation>
    </message>
    <message>
      <source>Remove the selected action item (Delete)</source>
      <translation>የተመረጠውን ተግባር አስወግድ (Delete)</translation>
    </message>
    <message>
      <source>Remove the skill; a skill with ratings is retired and keeps its history</source>
      <translation>ክህሎቱን አስወግድ፤ ደረጃ የተሰጠው ክህሎት ከአገልግሎት ይወጣል እና ታሪኩን ይይዛል</translation>
    </message>
    <message>
      <source>Remove this date</source>
      <translation>ይህን ቀን አስወግድ</translation>
    </message>
    <message>
      <source>Renaming a skill keeps its ratings. Mentees are rated on the skills in this order.</source>
      <translation>የክህሎትን ስም መቀየር ደረጃዎቹን አያጠፋም። ተማካሪዎች ደረጃ የሚሰጣቸው በዚህ ቅደም ተከተል ባሉት ክህሎቶች ነው።</translation>
    </message>
    <message>
      <source>Reopen</source>
      <translation>እንደገና ክፈት</translation>
    </message>
    <message>
      <source>Replace the journal with the backup made {made}? Everything written since then will be gone from the journal; the journal as it is now is backed up first, so this can be undone.</source>
      <translation>ማስታወሻ ደብተሩ በ{made} በተያዘው መጠባበቂያ ይተካ? ከዚያ ወዲህ የተጻፈው ሁሉ ከማስታወሻ ደብተሩ ይጠፋል፤ የአሁኑ ማስታወሻ ደብተር መጀመሪያ መጠባበቂያ ይያዝለታል፣ ስለዚህ ይህ ሊቀለበስ ይችላል።</translation>
    </message>
    <message>
      <source>Replace your text?</source>
      <translation>ጽሑፍዎ ይተካ?</translation>
    </message>
    <message>
      <source>Restore backup</source>
      <translation>መጠባበቂያውን መልስ</translation>
    </message>
    <message>
      <source>Restoring…</source>
      <translation>በመመለስ ላይ…</translation>
    </message>
    <message>
      <source>Retire skill?</source>
      <translation>ክህሎቱ ከአገልግሎት ይውጣ?</translation>
    </message>
    <message>
      <source>S — Specific</source>
      <translation>S — ግልጽ እና የተወሰነ (Specific)</translation>
    </message>
    <message>
      <source>S&amp;hare summary…</source>
      <translation>ማጠቃለያ አጋራ(&amp;H)…</translation>
    </message>
    <message>
      <source>S&amp;tart date:</source>
      <translation>የመጀመሪያ ቀን(&amp;T):</translation>
    </message>
    <message>
      <source>S&amp;tatus:</source>
      <translation>ሁኔታ(&amp;T):</translation>
    </message>
    <message>
      <source>SVG image (*.svg)</source>
      <translation>የSVG ምስል (*.svg)</translation>
    </message>
    <message>
      <source>Same as the system</source>
      <translation>እንደ ሲስተሙ</translation>
    </message>
    <message>
      <source>Save</source>
      <translation>አስቀምጥ</translation>
    </message>
    <message>
      <source>Save and close (Ctrl+S or Ctrl+Enter)</source>
      <translation>አስቀምጥ እና ዝጋ (Ctrl+S ወይም Ctrl+Enter)</translation>
    </message>
    <message>
      <source>Save as PDF…</source>
      <translation>እንደ PDF አስቀምጥ…</translation>
    </message>
    <message>
      <source>Save as PNG…</source>
      <translation>እንደ PNG አስቀምጥ…</translation>
    </message>
    <message>
      <source>Save as SVG…</source>
      <translation>እንደ SVG አስቀምጥ…</translation>
    </message>
    <message>
      <source>Save as:</source>
      <translation>አስቀምጥ እንደ:</translation>
    </message>
    <message>
      <source>Save brief as P&amp;DF…</source>
      <translation>አጭር መግለጫውን እንደ PDF አስቀምጥ(&amp;D)…</translation>
    </message>
    <message>
      <source>Save brief as PDF</source>
      <translation>አጭር መግለጫውን እንደ PDF አስቀምጥ</translation>
    </message>
    <message>
      <source>Save chart</source>
      <translation>ገበታውን አስቀምጥ</translation>
    </message>
    <message>
      <source>Save chart…</source>
      <translation>ገበታውን አስቀምጥ…</translation>
    </message>
    <message>
      <source>Save or print a summary as PDF, Markdown, HTML, CSV or calendar file</source>
      <translation>ማጠቃለያን እንደ PDF፣ Markdown፣ HTML፣ CSV ወይም የቀን መቁጠሪያ ፋይል አስቀምጥ ወይም አትም</translation>
    </message>
    <message>
      <source>Save summary</source>
      <translation>ማጠቃለያውን አስቀምጥ</translation>
    </message>
    <message>
      <source>Save the chart as a PNG or SVG image</source>
      <translation>ገበታውን እንደ PNG ወይም SVG ምስል አስቀምጥ</translation>
    </message>
    <message>
      <source>Saved {0} ({1} records).</source>
      <translation>{0} ተቀምጧል ({1} መዛግብት)።</translation>
    </message>
    <message>
      <source>Saved {path}</source>
      <translation>{path} ተቀምጧል</translation>
    </message>
    <message>
      <source>Scale:  {scale}</source>
      <translation>ሚዛን፦  {scale}</translation>
    </message>
    <message>
      <source>Se&amp;ttings…</source>
      <translation>ቅንብሮች(&amp;T)…</translation>
    </message>
    <message>
      <source>Search everything written in the journal ({keys})</source>
      <translation>በማስታወሻ ደብተሩ ውስጥ የተጻፈውን ሁሉ ፈልግ ({keys})</translation>
    </message>
    <message>
      <source>Search mentees</source>
      <translation>ተማካሪዎችን ፈልግ</translation>
    </message>
    <message>
      <source>Search mentees by name or trade…</source>
      <translation>ተማካሪዎችን በስም ወይም በሙያ ፈልግ…</translation>
    </message>
    <message>
      <source>Search results</source>
      <translation>የፍለጋ ውጤቶች</translation>
    </message>
    <message>
      <source>Search the journal</source>
      <translation>በማስታወሻ ደብተሩ ውስጥ ፈልግ</translation>
    </message>
    <message>
      <source>Secret key file</source>
      <translation>የሚስጥር ቁልፍ ፋይል</translation>
    </message>
    <message>
      <source>Secret key file:</source>
      <translation>የሚስጥር ቁልፍ ፋይል:</translation>
    </message>
    <message>
      <source>Sections</source>
      <translation>ክፍሎች</translation>
    </message>
    <message>
      <source>Select a reflection to read it.</source>
      <translation>ለማንበብ ነጸብራቅ ይምረጡ።</translation>
    </message>
    <message>
      <source>Select a session to read its notes.</source>
      <translation>ማስታወሻዎቹን ለማንበብ ክፍለ ጊዜ ይምረጡ።</translation>
    </message>
    <message>
      <source>Self</source>
      <translation>ራሱ</translation>
    </message>
    <message>
      <source>Self rating</source>
      <translation>የራስ ምዘና</translation>
    </message>
    <message>
      <source>Self-rated confidence</source>
      <translation>ለራስ የተሰጠ በራስ መተማመን</translation>
    </message>
    <message>
      <source>Self-rated confidence of each attendee</source>
      <translation>የእያንዳንዱ ተሳታፊ ለራሱ የሰጠው በራስ መተማመን</translation>
    </message>
    <message>
      <source>Separate with commas, e.g. confidence, teamwork</source>
      <translation>በኮማ (፣ ወይም ,) ይለዩ፤ ለምሳሌ በራስ መተማመን፣ የቡድን ሥራ</translation>
    </message>
    <message>
      <source>Separate with commas, e.g. trade test, safety</source>
      <translation>በኮማ (፣ ወይም ,) ይለዩ፤ ለምሳሌ የሙያ ፈተና፣ ደህንነት</translation>
    </message>
    <message>
      <source>Separate with commas, e.g. welding, evening class</source>
      <translation>በኮማ (፣ ወይም ,) ይለዩ፤ ለምሳሌ ብየዳ፣ የማታ ትምህርት</translation>
    </message>
    <message>
      <source>Session</source>
      <translation>ክፍለ ጊዜ</translation>
    </message>
    <message>
      <source>Session date</source>
      <translation>የክፍለ ጊዜ ቀን</translation>
    </message>
    <message>
      <source>Session date and time</source>
      <translation>የክፍለ ጊዜ ቀን እና ሰዓት</translation>
    </message>
    <message>
      <source>Session details</source>
      <translation>የክፍለ ጊዜው ዝርዝሮች</translation>
    </message>
    <message>
      <source>Session template</source>
      <translation>የክፍለ ጊዜ አብነት</translation>
    </message>
    <message>
      <source>Session templates</source>
      <translation>የክፍለ ጊዜ አብነቶች</translation>
    </message>
    <message>
      <source>Sessions</source>
      <translation>ክፍለ ጊዜያት</translation>
    </message>
    <message>
      <source>Sessions and action items</source>
      <translation>ክፍለ ጊዜያት እና ተግባራት</translation>
    </message>
    <message>
      <source>Sessions from</source>
      <translation>ክፍለ ጊዜያት ከ</translation>
    </message>
    <message>
      <source>Sessions in each month. Shaded stretches went longer than the agreed interval without a session.</source>
      <translation>በየወሩ ያሉ ክፍለ ጊዜያት። ጥላ የተደረገባቸው ክፍሎች ያለ ክፍለ ጊዜ ከተስማማንበት ልዩነት በላይ የቆዩ ጊዜያት ናቸው።</translation>
    </message>
    <message>
      <source>Sessions per month</source>
      <translation>በወር ያሉ ክፍለ ጊዜያት</translation>
    </message>
    <message>
      <source>Sessions this month</source>
      <translation>በዚህ ወር የተደረጉ ክፍለ ጊዜያት</translation>
    </message>
    <message>
      <source>Sessions until</source>
      <translation>ክፍለ ጊዜያት እስከ</translation>
    </message>
    <message>
      <source>Settings</source>
      <translation>ቅንብሮች</translation>
    </message>
    <message>
      <source>Settings pages</source>
      <translation>የቅንብር ገጾች</translation>
    </message>
    <message>
      <source>Share a summary</source>
      <translation>ማጠቃለያ አጋራ</translation>
    </message>
    <message>
      <source>Show</source>
      <translation>አሳይ</translation>
    </message>
    <message>
      <source>Show as chart</source>
      <translation>እንደ ገበታ አሳይ</translation>
    </message>
    <message>
      <source>Show as table</source>
      <translation>እንደ ሰንጠረዥ አሳይ</translation>
    </message>
    <message>
      <source>Show every current mentee again</source>
      <translation>የአሁኑን ተማካሪዎች በሙሉ እንደገና አሳይ</translation>
    </message>
    <message>
      <source>Show mentees with status</source>
      <translation>ይህ ሁኔታ ያላቸውን ተማካሪዎች አሳይ</translation>
    </message>
    <message>
      <source>Show more filters</source>
      <translation>ተጨማሪ ማጣሪያዎችን አሳይ</translation>
    </message>
    <message>
      <source>Show the session on its mentee's Sessions tab</source>
      <translation>ክፍለ ጊዜውን በተማካሪው «ክፍለ ጊዜያት» ትር ላይ አሳይ</translation>
    </message>
    <message>
      <source>Show:</source>
      <translation>አሳይ:</translation>
    </message>
    <message>
      <source>Size</source>
      <translation>መጠን</translation>
    </message>
    <message>
      <source>Skill</source>
      <translation>ክህሎት</translation>
    </message>
    <message>
      <source>Skill changes since the last session</source>
      <translation>ከመጨረሻው ክፍለ ጊዜ ወዲህ የክህሎት ለውጦች</translation>
    </message>
    <message>
      <source>Skill rating</source>
      <translation>የክህሎት ደረጃ</translation>
    </message>
    <message>
      <source>Skill ratings</source>
      <translation>የክህሎት ደረጃዎች</translation>
    </message>
    <message>
      <source>Skill:</source>
      <translation>ክህሎት:</translation>
    </message>
    <message>
      <source>Skills</source>
      <translation>ክህሎቶች</translation>
    </message>
    <message>
      <source>Skills of the framework</source>
      <translation>የማዕቀፉ ክህሎቶች</translation>
    </message>
    <message>
      <source>Skills to rate</source>
      <translation>ደረጃ የሚሰጣቸው ክህሎቶች</translation>
    </message>
    <message>
      <source>Skills, with the ratings chart</source>
      <translation>ክህሎቶች ከደረጃ ገበታ ጋር</translation>
    </message>
    <message>
      <source>Skills: first and latest rating</source>
      <translation>ክህሎቶች፦ የመጀመሪያ እና የቅርብ ጊዜ ደረጃ</translation>
    </message>
    <message>
      <source>Skills: first vs latest</source>
      <translation>ክህሎቶች፦ የመጀመሪያ ከቅርብ ጊዜ ጋር</translation>
    </message>
    <message>
      <source>Soft</source>
      <translation>ለስላሳ</translation>
    </message>
    <message>
      <source>Soft skill</source>
      <translation>ለስላሳ ክህሎት</translation>
    </message>
    <message>
      <source>Something went wrong</source>
      <translation>የሆነ ችግር ተፈጥሯል</translation>
    </message>
    <message>
      <source>Specific</source>
      <translation>ግልጽ እና የተወሰነ</translation>
    </message>
    <message>
      <source>Spreadsheet (CSV)</source>
      <translation>የሰንጠረዥ ፋይል (CSV)</translation>
    </message>
    <message>
      <source>St&amp;atus:</source>
      <translation>ሁኔታ(&amp;A):</translation>
    </message>
    <message>
      <source>Start date</source>
      <translation>የተጀመረበት ቀን</translation>
    </message>
    <message>
      <source>Started</source>
      <translation>ተጀምሯል</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>ሁኔታ</translation>
    </message>
    <message>
      <source>Strength: {0}</source>
      <translation>ጥንካሬ፦ {0}</translation>
    </message>
    <message>
      <source>Strong.</source>
      <translation>ጠንካራ።</translation>
    </message>
    <message>
      <source>Summaries of every mentee are made as one PDF or as CSV tables.</source>
      <translation>የሁሉም ተማካሪዎች ማጠቃለያዎች የሚሠሩት እንደ አንድ PDF ወይም እንደ CSV ሰንጠረዦች ነው።</translation>
    </message>
    <message>
      <source>Summaries of every mentee, in one file</source>
      <translation>የሁሉም ተማካሪዎች ማጠቃለያዎች በአንድ ፋይል</translation>
    </message>
    <message>
      <source>Summary of {name}</source>
      <translation>የ{name} ማጠቃለያ</translation>
    </message>
    <message>
      <source>Supervised</source>
      <translation>በክትትል ሥር</translation>
    </message>
    <message>
      <source>T — Time-bound</source>
      <translation>T — በጊዜ የተገደበ (Time-bound)</translation>
    </message>
    <message>
      <source>T&amp;ags:</source>
      <translation>መለያዎች(&amp;A):</translation>
    </message>
    <message>
      <source>T&amp;emplate:</source>
      <translation>አብነት(&amp;E):</translation>
    </message>
    <message>
      <source>T&amp;opics:</source>
      <translation>ርዕሶች(&amp;O):</translation>
    </message>
    <message>
      <source>Ta&amp;gs:</source>
      <translation>መለያዎች(&amp;G):</translation>
    </message>
    <message>
      <source>Table</source>
      <translation>ሰንጠረዥ</translation>
    </message>
    <message>
      <source>Tags</source>
      <translation>መለያዎች</translation>
    </message>
    <message>
      <source>Tags: {tags}</source>
      <translation>መለያዎች፦ {tags}</translation>
    </message>
    <message>
      <source>Target &amp;date:</source>
      <translation>የዒላማ ቀን(&amp;D):</translation>
    </message>
    <message>
      <source>Target date</source>
      <translation>የዒላማ ቀን</translation>
    </message>
    <message>
      <source>Target date: {date}</source>
      <translation>የዒላማ ቀን፦ {date}</translation>
    </message>
    <message>
      <source>Target value</source>
      <translation>የዒላማ ዋጋ</translation>
    </message>
    <message>
      <source>Target: {target}</source>
      <translation>ዒላማ፦ {target}</translation>
    </message>
    <message>
      <source>Technical</source>
      <translation>ቴክኒካዊ</translation>
    </message>
    <message>
      <source>Technical skill</source>
      <translation>ቴክኒካዊ ክህሎት</translation>
    </message>
    <message>
      <source>Template</source>
      <translation>አብነት</translation>
    </message>
    <message>
      <source>Templates</source>
      <translation>አብነቶች</translation>
    </message>
    <message>
      <source>That is not the journal's passphrase. Try again.</source>
      <translation>ይህ የማስታወሻ ደብተሩ የይለፍ ሐረግ አይደለም። እንደገና ይሞክሩ።</translation>
    </message>
    <message>
      <source>The app closed before these were saved. Restore opens each one in its editor, complete, so you can check it and save it (or discard it).</source>
      <translation>መተግበሪያው እነዚህ ከመቀመጣቸው በፊት ተዘግቷል። «መልስ» እያንዳንዳቸውን ሙሉ በሙሉ በአርታዒያቸው ውስጥ ይከፍታል፤ ስለዚህ ፈትሸው ማስቀመጥ (ወይም መተው) ይችላሉ።</translation>
    </message>
    <message>
      <source>The backup is encrypted. Passphrase of the journal's backups:</source>
      <translation>መጠባበቂያው የተመሰጠረ ነው። የማስታወሻ ደብተሩ መጠባበቂያዎች የይለፍ ሐረግ:</translation>
    </message>
    <message>
      <source>The backup made {when} is back in place.</source>
      <translation>በ{when} የተያዘው መጠባበቂያ ወደ ቦታው ተመልሷል።</translation>
    </message>
    <message>
      <source>The chart could not be saved:
{reason}</source>
      <translation>ገበታው ሊቀመጥ አልቻለም:
{reason}</translation>
    </message>
    <message>
      <source>The chart's data as a table of text</source>
      <translation>የገበታው ውሂብ እንደ ጽሑፍ ሰንጠረዥ</translation>
    </message>
    <message>
      <source>The check stopped on an unexpected error.</source>
      <translation>ፍተሻው ባልተጠበቀ ስህተት ቆሟል።</translation>
    </message>
    <message>
      <source>The damaged journal was kept as {name}.</source>
      <translation>የተበላሸው ማስታወሻ ደብተር እንደ {name} ተቀምጧል።</translation>
    </message>
    <message>
      <source>The date the mentee agreed that you keep these notes</source>
      <translation>ተማካሪው እነዚህን ማስታወሻዎች እንዲይዙ የተስማማበት ቀን</translation>
    </message>
    <message>
      <source>The details are also in the log file: {path}</source>
      <translation>ዝርዝሮቹ በምዝግብ ማስታወሻ ፋይሉ ውስጥም አሉ፦ {path}</translation>
    </message>
    <message>
      <source>The draft could not be kept: save when you can</source>
      <translation>ረቂቁ ሊያዝ አልቻለም፦ በተቻለዎት ጊዜ ያስቀምጡ</translation>
    </message>
    <message>
      <source>The export's passphrase (or this journal's backup passphrase)</source>
      <translation>የወጪ ፋይሉ የይለፍ ሐረግ (ወይም የዚህ ማስታወሻ ደብተር የመጠባበቂያ የይለፍ ሐረግ)</translation>
    </message>
    <message>
      <source>The file could not be made: {reason}</source>
      <translation>ፋይሉ ሊሠራ አልቻለም፦ {reason}</translation>
    </message>
    <message>
      <source>The file could not be saved: {reason}</source>
      <translation>ፋይሉ ሊቀመጥ አልቻለም፦ {reason}</translation>
    </message>
    <message>
      <source>The file's structure is damaged: {detail}.</source>
      <translation>የፋይሉ መዋቅር ተበላሽቷል፦ {detail}።</translation>
    </message>
    <message>
      <source>The journal could not be checked.</source>
      <translation>ማስታወሻ ደብተሩ ሊፈተሽ አልቻለም።</translation>
    </message>
    <message>
      <source>The journal or chosen mentees as one encrypted file</source>
      <translation>ማስታወሻ ደብተሩ ወይም የተመረጡ ተማካሪዎች እንደ አንድ የተመሰጠረ ፋይል</translation>
    </message>
    <message>
      <source>The key of these backups is missing from their folder.</source>
      <translation>የእነዚህ መጠባበቂያዎች ቁልፍ ከአቃፊያቸው ውስጥ የለም።</translation>
    </message>
    <message>
      <source>The linked session cannot be changed afterwards</source>
      <translation>የተያያዘው ክፍለ ጊዜ በኋላ ሊቀየር አይችልም</translation>
    </message>
    <message>
      <source>The mentee committed to</source>
      <translation>ተማካሪው ቃል የገባው</translation>
    </message>
    <message>
      <source>The mentee's full name as on the class list (required)</source>
      <translation>የተማካሪው ሙሉ ስም በክፍል ዝርዝሩ ላይ እንዳለው (ግዴታ)</translation>
    </message>
    <message>
      <source>The mentee's rating of themselves, as they told you</source>
      <translation>ተማካሪው ለራሱ የሰጠው ደረጃ፣ እንደነገረዎት</translation>
    </message>
    <message>
      <source>The mentor agreed to</source>
      <translation>አማካሪው ቃል የገባው</translation>
    </message>
    <message>
      <source>The next meeting and open action items, for a calendar program</source>
      <translation>ቀጣዩ ስብሰባ እና ክፍት ተግባራት፣ ለቀን መቁጠሪያ ፕሮግራም</translation>
    </message>
    <message>
      <source>The note on “{skill}” contains a character that cannot be stored.</source>
      <translation>በ“{skill}” ላይ ያለው ማስታወሻ ሊቀመጥ የማይችል ፊደል ይዟል።</translation>
    </message>
    <message>
      <source>The number to reach, if the measure is a count or a score</source>
      <translation>መለኪያው ቆጠራ ወይም ውጤት ከሆነ የሚደረስበት ቁጥር</translation>
    </message>
    <message>
      <source>The passphrase does not open this journal's backups.</source>
      <translation>የይለፍ ሐረጉ የዚህን ማስታወሻ ደብተር መጠባበቂያዎች አይከፍትም።</translation>
    </message>
    <message>
      <source>The period starts after it ends.</source>
      <translation>ጊዜው የሚጀምረው ከሚያበቃበት በኋላ ነው።</translation>
    </message>
    <message>
      <source>The private note stays in the app.</source>
      <translation>የግል ማስታወሻው በመተግበሪያው ውስጥ ይቆያል።</translation>
    </message>
    <message>
      <source>The programme or trade the mentee is trained in</source>
      <translation>ተማካሪው የሚሠለጥንበት ፕሮግራም ወይም ሙያ</translation>
    </message>
    <message>
      <source>The programme report is made as PDF, Markdown, HTML or CSV.</source>
      <translation>የፕሮግራም ሪፖርቱ የሚሠራው እንደ PDF፣ Markdown፣ HTML ወይም CSV ነው።</translation>
    </message>
    <message>
      <source>The prompts, one per line, e.g.
What did I see?
What will I do next?</source>
      <translation>መነሻ ጥያቄዎቹ፣ በአንድ መስመር አንድ፣ ለምሳሌ
ምን አየሁ?
ቀጥሎ ምን አደርጋለሁ?</translation>
    </message>
    <message>
      <source>The search index had a problem and has been rebuilt.</source>
      <translation>የፍለጋ ማውጫው ችግር ነበረበት፤ እንደገና ተገንብቷል።</translation>
    </message>
    <message>
      <source>The search index was damaged and has been rebuilt.</source>
      <translation>የፍለጋ ማውጫው ተበላሽቶ ነበር፤ እንደገና ተገንብቷል።</translation>
    </message>
    <message>
      <source>The search index was missing and has been rebuilt.</source>
      <translation>የፍለጋ ማውጫው ጠፍቶ ነበር፤ እንደገና ተገንብቷል።</translation>
    </message>
    <message>
      <source>The search index was out of step with your records and has been rebuilt.</source>
      <translation>የፍለጋ ማውጫው ከመዛግብትዎ ጋር አይጣጣምም ነበር፤ እንደገና ተገንብቷል።</translation>
    </message>
    <message>
      <source>The secret key file cannot be read.</source>
      <translation>የሚስጥር ቁልፍ ፋይሉ ሊነበብ አይችልም።</translation>
    </message>
    <message>
      <source>The skills you rate mentees on. Choose a skill to change it, or add a new one.</source>
      <translation>ተማካሪዎችን ደረጃ የሚሰጡባቸው ክህሎቶች። ለመቀየር ክህሎት ይምረጡ፣ ወይም አዲስ ያክሉ።</translation>
    </message>
    <message>
      <source>The template fills in text you have already typed. Replace your text with it?</source>
      <translation>አብነቱ አስቀድመው የጻፉትን ጽሑፍ ይሞላል። ጽሑፍዎ በአብነቱ ይተካ?</translation>
    </message>
    <message>
      <source>The two new passphrases differ.</source>
      <translation>ሁለቱ አዲስ የይለፍ ሐረጎች አይመሳሰሉም።</translation>
    </message>
    <message>
      <source>The two passphrases differ.</source>
      <translation>ሁለቱ የይለፍ ሐረጎች አይመሳሰሉም።</translation>
    </message>
    <message>
      <source>The value measured for this goal</source>
      <translation>ለዚህ ግብ የተለካው ዋጋ</translation>
    </message>
    <message>
      <source>The whole journal</source>
      <translation>ሙሉው ማስታወሻ ደብተር</translation>
    </message>
    <message>
      <source>Theme</source>
      <translation>ገጽታ</translation>
    </message>
    <message>
      <source>These are recorded for {name}, the first mentee ticked.</source>
      <translation>እነዚህ የተመዘገቡት ለ{name} ነው፤ ምልክት ለተደረገበት የመጀመሪያው ተማካሪ።</translation>
    </message>
    <message>
      <source>Things only you need to know, e.g. works night shifts on weekends</source>
      <translation>እርስዎ ብቻ ማወቅ ያለብዎት ነገሮች፣ ለምሳሌ ቅዳሜና እሁድ የማታ ፈረቃ ይሠራል</translation>
    </message>
    <message>
      <source>This backup is encrypted. Enter the passphrase of the journal's backups.</source>
      <translation>ይህ መጠባበቂያ የተመሰጠረ ነው። የማስታወሻ ደብተሩ መጠባበቂያዎች የይለፍ ሐረግ ያስገቡ።</translation>
    </message>
    <message>
      <source>This cannot be undone.</source>
      <translation>ይህ ሊቀለበስ አይችልም።</translation>
    </message>
    <message>
      <source>This erases:</source>
      <translation>ይህ የሚደመስሰው:</translation>
    </message>
    <message>
      <source>This file is protected: enter its passphrase.</source>
      <translation>ይህ ፋይል የተጠበቀ ነው፦ የይለፍ ሐረጉን ያስገቡ።</translation>
    </message>
    <message>
      <source>This file was encrypted to a key. Choose the matching secret key file.</source>
      <translation>ይህ ፋይል በቁልፍ ተመስጥሯል። የሚዛመደውን የሚስጥር ቁልፍ ፋይል ይምረጡ።</translation>
    </message>
    <message>
      <source>This journal's own key, for others to send to: {0}</source>
      <translation>ሌሎች ፋይል እንዲልኩልዎ የዚህ ማስታወሻ ደብተር የራሱ ቁልፍ፦ {0}</translation>
    </message>
    <message>
      <source>This skill has not been rated yet — rate it in a session to see it here.</source>
      <translation>ይህ ክህሎት እስካሁን ደረጃ አልተሰጠውም — እዚህ ለማየት በክፍለ ጊዜ ደረጃ ይስጡት።</translation>
    </message>
    <message>
      <source>Tick Done when the action is completed; the date can be changed</source>
      <translation>ተግባሩ ሲጠናቀቅ «ተከናውኗል»ን ምልክት ያድርጉ፤ ቀኑ ሊቀየር ይችላል</translation>
    </message>
    <message>
      <source>Tick at least one mentee, or export the whole journal.</source>
      <translation>ቢያንስ አንድ ተማካሪ ምልክት ያድርጉ፣ ወይም ሙሉውን ማስታወሻ ደብተር ወደ ውጭ ይላኩ።</translation>
    </message>
    <message>
      <source>Tick everyone who attended (Space ticks; Enter in the search ticks the first)</source>
      <translation>የተገኙትን ሁሉ ምልክት ያድርጉ (Space ምልክት ያደርጋል፤ በፍለጋው ውስጥ Enter የመጀመሪያውን ምልክት ያደርጋል)</translation>
    </message>
    <message>
      <source>To change or tick off action items, use the Actions tab.</source>
      <translation>ተግባራትን ለመቀየር ወይም እንደተከናወኑ ምልክት ለማድረግ የ«ተግባራት» ትርን ይጠቀሙ።</translation>
    </message>
    <message>
      <source>Topics</source>
      <translation>ርዕሶች</translation>
    </message>
    <message>
      <source>Topics: {topics}</source>
      <translation>ርዕሶች፦ {topics}</translation>
    </message>
    <message>
      <source>Type 1 to 5 to rate a skill, 0 to clear it; ↑ ↓ move between skills, Tab goes to the note. Skills left empty are not rated.</source>
      <translation>ክህሎትን ደረጃ ለመስጠት ከ1 እስከ 5፣ ለማጽዳት 0 ይጻፉ፤ ↑ ↓ በክህሎቶች መካከል ያንቀሳቅሳሉ፣ Tab ወደ ማስታወሻው ይሄዳል። ባዶ የተተዉ ክህሎቶች ደረጃ አይሰጣቸውም።</translation>
    </message>
    <message>
      <source>Type 1 to 5 to rate, 0 to clear; double-click for a list</source>
      <translation>ደረጃ ለመስጠት ከ1 እስከ 5፣ ለማጽዳት 0 ይጻፉ፤ ዝርዝር ለማግኘት ሁለቴ ጠቅ ያድርጉ</translation>
    </message>
    <message>
      <source>Type an action and press Enter</source>
      <translation>ተግባር ይጻፉ እና Enter ይጫኑ</translation>
    </message>
    <message>
      <source>US Letter</source>
      <translation>US Letter</translation>
    </message>
    <message>
      <source>Unchanged</source>
      <translation>ያልተቀየሩ</translation>
    </message>
    <message>
      <source>Unit</source>
      <translation>አሃድ</translation>
    </message>
    <message>
      <source>Unlock first to close the journal.</source>
      <translation>ማስታወሻ ደብተሩን ለመዝጋት መጀመሪያ ይክፈቱ።</translation>
    </message>
    <message>
      <source>Unlock problem</source>
      <translation>የመክፈት ችግር</translation>
    </message>
    <message>
      <source>Unlocking the backup key…</source>
      <translation>የመጠባበቂያ ቁልፉ እየተከፈተ ነው…</translation>
    </message>
    <message>
      <source>Unlocking this journal's key…</source>
      <translation>የዚህ ማስታወሻ ደብተር ቁልፍ እየተከፈተ ነው…</translation>
    </message>
    <message>
      <source>Unsaved changes</source>
      <translation>ያልተቀመጡ ለውጦች</translation>
    </message>
    <message>
      <source>Unsaved drafts</source>
      <translation>ያልተቀመጡ ረቂቆች</translation>
    </message>
    <message>
      <source>Updated</source>
      <translation>የተዘመኑ</translation>
    </message>
    <message>
      <source>Used for mentees without a cadence of their own: the brief and the dashboard say when a meeting is due. Kept in the journal.</source>
      <translation>የራሳቸው የመገናኛ ድግግሞሽ ለሌላቸው ተማካሪዎች ያገለግላል፦ አጭር መግለጫው እና ዳሽቦርዱ ስብሰባ መቼ እንደደረሰ ይናገራሉ። በማስታወሻ ደብተሩ ውስጥ ይቀመጣል።</translation>
    </message>
    <message>
      <source>Used for mentees without their own cadence</source>
      <translation>የራሳቸው የመገናኛ ድግግሞሽ ለሌላቸው ተማካሪዎች ያገለግላል</translation>
    </message>
    <message>
      <source>Version {version}</source>
      <translation>ስሪት {version}</translation>
    </message>
    <message>
      <source>Very common words: the newest records were ranked.</source>
      <translation>በጣም የተለመዱ ቃላት፦ በቅደም ተከተል የተደረደሩት አዳዲሶቹ መዛግብት ብቻ ናቸው።</translation>
    </message>
    <message>
      <source>Virtual</source>
      <translation>በርቀት</translation>
    </message>
    <message>
      <source>Weak: easy to guess. Use Generate, or add more words.</source>
      <translation>ደካማ፦ በቀላሉ ሊገመት ይችላል። «አመንጭ»ን ይጠቀሙ፣ ወይም ተጨማሪ ቃላት ያክሉ።</translation>
    </message>
    <message>
      <source>Web page (HTML)</source>
      <translation>ድረ-ገጽ (HTML)</translation>
    </message>
    <message>
      <source>Web pages (*.html)</source>
      <translation>ድረ-ገጾች (*.html)</translation>
    </message>
    <message>
      <source>Weekly backups kept</source>
      <translation>የሚቀመጡ ሳምንታዊ መጠባበቂያዎች</translation>
    </message>
    <message>
      <source>Weekly backups kept:</source>
      <translation>የሚቀመጡ ሳምንታዊ መጠባበቂያዎች:</translation>
    </message>
    <message>
      <source>What</source>
      <translation>ምን</translation>
    </message>
    <message>
      <source>What doing it well looks like, e.g. Makes sound joints first time</source>
      <translation>በደንብ መሥራት ምን እንደሚመስል፣ ለምሳሌ በመጀመሪያ ሙከራ ጠንካራ ብየዳ ይሠራል</translation>
    </message>
    <message>
      <source>What exactly will the mentee be able to do?</source>
      <translation>ተማካሪው በትክክል ምን ማድረግ እንዲችል ይጠበቃል?</translation>
    </message>
    <message>
      <source>What happened</source>
      <translation>የሆነው</translation>
    </message>
    <message>
      <source>What happened?</source>
      <translation>ምን ሆነ?</translation>
    </message>
    <message>
      <source>What makes it realistic: time, tools, support?</source>
      <translation>ተጨባጭ የሚያደርገው ምንድን ነው፦ ጊዜ፣ መሣሪያዎች፣ ድጋፍ?</translation>
    </message>
    <message>
      <source>What next?</source>
      <translation>ቀጥሎስ?</translation>
    </message>
    <message>
      <source>What stood out for you? e.g. She explained the wiring diagram to the group</source>
      <translation>ጎልቶ የታየዎት ምንድን ነው? ለምሳሌ የሽቦ ዝርጋታ ንድፉን ለቡድኑ አብራራች</translation>
    </message>
    <message>
      <source>What the import changes</source>
      <translation>ማስገባቱ የሚለውጠው</translation>
    </message>
    <message>
      <source>What they like to be called, e.g. Abe</source>
      <translation>እንዲጠሩበት የሚወዱት ስም፣ ለምሳሌ አቤ</translation>
    </message>
    <message>
      <source>What to change</source>
      <translation>የሚቀየረው</translation>
    </message>
    <message>
      <source>What to export</source>
      <translation>ወደ ውጭ የሚላከው</translation>
    </message>
    <message>
      <source>What went well</source>
      <translation>ጥሩ የሄደው</translation>
    </message>
    <message>
      <source>What went well?</source>
      <translation>ጥሩ የሄደው ምንድን ነው?</translation>
    </message>
    <message>
      <source>What would you change?</source>
      <translation>ምን ይቀይራሉ?</translation>
    </message>
    <message>
      <source>What you talked about and agreed, e.g. Reviewed the practical assessment</source>
      <translation>የተወያያችሁበት እና የተስማማችሁበት፣ ለምሳሌ የተግባር ምዘናውን ገምግመናል</translation>
    </message>
    <message>
      <source>What you typed stays here and is kept as a draft outside the journal.</source>
      <translation>የጻፉት እዚሁ ይቆያል፣ እንዲሁም ከማስታወሻ ደብተሩ ውጭ እንደ ረቂቅ ይያዛል።</translation>
    </message>
    <message>
      <source>What you typed stays here and is kept as a draft.</source>
      <translation>የጻፉት እዚሁ ይቆያል፣ እንዲሁም እንደ ረቂቅ ይያዛል።</translation>
    </message>
    <message>
      <source>What you were doing may not have finished. Everything saved before is safe in the journal, and text in an open editor is still there. If this happens again, copy the details and send them to whoever supports the app: they contain no notes and no names.</source>
      <translation>ሲሠሩት የነበረው ላይጠናቀቅ ይችላል። ከዚህ በፊት የተቀመጠው ሁሉ በማስታወሻ ደብተሩ ውስጥ ደህና ነው፤ በክፍት አርታዒ ውስጥ ያለው ጽሑፍም እዚያው አለ። ይህ እንደገና ከተከሰተ ዝርዝሮቹን ቀድተው መተግበሪያውን ለሚደግፈው ሰው ይላኩ፦ ምንም ማስታወሻ ወይም ስም አይዙም።</translation>
    </message>
    <message>
      <source>When a record was changed on both sides</source>
      <translation>አንድ መዝገብ በሁለቱም በኩል ሲቀየር</translation>
    </message>
    <message>
      <source>When and who</source>
      <translation>መቼ እና ማን</translation>
    </message>
    <message>
      <source>When the journal has a passphrase, the app hides everything and asks for it again after this long without use.</source>
      <translation>ማስታወሻ ደብተሩ የይለፍ ሐረግ ካለው፣ መተግበሪያው ለዚህ ያህል ጊዜ ጥቅም ላይ ካልዋለ በኋላ ሁሉንም ይደብቃል እና የይለፍ ሐረጉን እንደገና ይጠይቃል።</translation>
    </message>
    <message>
      <source>When the mentoring started; leave as Not set if unknown</source>
      <translation>ማማከሩ የተጀመረበት፤ ካልታወቀ «አልተወሰነም» ብለው ይተዉት</translation>
    </message>
    <message>
      <source>When you agreed to meet again, if you did</source>
      <translation>እንደገና ለመገናኘት ከተስማማችሁ፣ መቼ እንደሆነ</translation>
    </message>
    <message>
      <source>While working</source>
      <translation>በሥራ ላይ ሳሉ</translation>
    </message>
    <message>
      <source>While you work, at most every:</source>
      <translation>እየሠሩ ሳሉ፣ ቢበዛ በየ:</translation>
    </message>
    <message>
      <source>Who</source>
      <translation>ማን</translation>
    </message>
    <message>
      <source>Who am I losing touch with?</source>
      <translation>ከማን ጋር ግንኙነቴ እየራቀ ነው?</translation>
    </message>
    <message>
      <source>Who does it</source>
      <translation>የሚሠራው ማን ነው</translation>
    </message>
    <message>
      <source>Why</source>
      <translation>ምክንያት</translation>
    </message>
    <message>
      <source>Why does it matter for the mentee's trade or career?</source>
      <translation>ለተማካሪው ሙያ ወይም የሥራ እድገት ለምን አስፈላጊ ነው?</translation>
    </message>
    <message>
      <source>With a passphrase, Mentor Journal asks for it when it starts and after it locks (Ctrl+L, or after {minutes} idle minutes). It hides your notes from others on a shared laptop; it does not encrypt the journal file. A forgotten passphrase cannot be recovered.</source>
      <translation>የይለፍ ሐረግ ካለ፣ Mentor Journal ሲጀምር እና ከተቆለፈ በኋላ (Ctrl+L፣ ወይም ከ{minutes} ደቂቃ ሥራ-አልባ ጊዜ በኋላ) ይጠይቃል። በጋራ ላፕቶፕ ላይ ማስታወሻዎችዎን ከሌሎች ይደብቃል፤ የማስታወሻ ደብተሩን ፋይል አያመሰጥርም። የተረሳ የይለፍ ሐረግ መልሶ ማግኘት አይቻልም።</translation>
    </message>
    <message>
      <source>With a passphrase, Mentor Journal asks for it when it starts and after it locks (Ctrl+L; the idle lock is off in Settings). It hides your notes from others on a shared laptop; it does not encrypt the journal file. A forgotten passphrase cannot be recovered.</source>
      <translation>የይለፍ ሐረግ ካለ፣ Mentor Journal ሲጀምር እና ከተቆለፈ በኋላ (Ctrl+L፤ በሥራ-አልባ ጊዜ መቆለፍ በቅንብሮች ውስጥ ጠፍቷል) ይጠይቃል። በጋራ ላፕቶፕ ላይ ማስታወሻዎችዎን ከሌሎች ይደብቃል፤ የማስታወሻ ደብተሩን ፋይል አያመሰጥርም። የተረሳ የይለፍ ሐረግ መልሶ ማግኘት አይቻልም።</translation>
    </message>
    <message>
      <source>Withdrawn</source>
      <translation>ያቋረጠ</translation>
    </message>
    <message>
      <source>Words match as beginnings (weld finds welding); put words in quotes for a phrase. Case and accents do not matter. Ctrl+Shift+F comes back here.</source>
      <translation>ቃላት በመጀመሪያቸው ይዛመዳሉ (ብየ ብየዳን፣ weld welding ያገኛል)፤ ለሐረግ ቃላትን በ" " ውስጥ ያስገቡ። ትልቅ/ትንሽ ፊደል እና የፊደል ምልክቶች ግምት ውስጥ አይገቡም። Ctrl+Shift+F ወደዚህ ይመልሳል።</translation>
    </message>
    <message>
      <source>Words, or "a phrase" — names, notes, goals, actions, reflections</source>
      <translation>ቃላት፣ ወይም "ሐረግ" — ስሞች፣ ማስታወሻዎች፣ ግቦች፣ ተግባራት፣ ነጸብራቆች</translation>
    </message>
    <message>
      <source>Workplace visit</source>
      <translation>የሥራ ቦታ ጉብኝት</translation>
    </message>
    <message>
      <source>Writing the summaries…</source>
      <translation>ማጠቃለያዎቹ እየተጻፉ ነው…</translation>
    </message>
    <message>
      <source>Written by: {who}</source>
      <translation>የጻፈው፦ {who}</translation>
    </message>
    <message>
      <source>Yes</source>
      <translation>አዎ</translation>
    </message>
    <message>
      <source>You (the mentor) or the mentee</source>
      <translation>እርስዎ (አማካሪው) ወይም ተማካሪው</translation>
    </message>
    <message>
      <source>You have changes that are not saved. Discard them?</source>
      <translation>ያልተቀመጡ ለውጦች አሉዎት። ይተዉ?</translation>
    </message>
    <message>
      <source>Your &amp;name:</source>
      <translation>ስምዎ(&amp;N):</translation>
    </message>
    <message>
      <source>Your journal is empty. Start by adding a mentee: you can then log sessions, goals, action items and reflections.</source>
      <translation>ማስታወሻ ደብተርዎ ባዶ ነው። ተማካሪ በማከል ይጀምሩ፦ ከዚያ ክፍለ ጊዜያትን፣ ግቦችን፣ ተግባራትን እና ነጸብራቆችን መመዝገብ ይችላሉ።</translation>
    </message>
    <message>
      <source>Your journal is sound: no problems found.</source>
      <translation>ማስታወሻ ደብተርዎ ጤናማ ነው፦ ምንም ችግር አልተገኘም።</translation>
    </message>
    <message>
      <source>Your journal is sound; the check put one thing right.</source>
      <translation>ማስታወሻ ደብተርዎ ጤናማ ነው፤ ፍተሻው አንድ ነገር አስተካክሏል።</translation>
    </message>
    <message>
      <source>Your journal is sound; the check put some things right.</source>
      <translation>ማስታወሻ ደብተርዎ ጤናማ ነው፤ ፍተሻው አንዳንድ ነገሮችን አስተካክሏል።</translation>
    </message>
    <message>
      <source>Your name and institution appear on printed summaries. The cadence is how often you plan to meet each mentee unless set on the mentee.</source>
      <translation>ስምዎ እና ተቋምዎ በሚታተሙ ማጠቃለያዎች ላይ ይታያሉ። የመገናኛ ድግግሞሹ በተማካሪው ላይ ካልተወሰነ በስተቀር እያንዳንዱን ተማካሪ ምን ያህል ጊዜ ለመገናኘት እንዳሰቡ ነው።</translation>
    </message>
    <message>
      <source>Your notes are hidden. This journal has no passphrase, so anyone can open it again; set one in Tools &gt; App lock passphrase.</source>
      <translation>ማስታወሻዎችዎ ተደብቀዋል። ይህ ማስታወሻ ደብተር የይለፍ ሐረግ የለውም፣ ስለዚህ ማንኛውም ሰው እንደገና ሊከፍተው ይችላል፤ በመሣሪያዎች &gt; የመተግበሪያ መቆለፊያ የይለፍ ሐረግ ውስጥ ያዘጋጁ።</translation>
    </message>
    <message>
      <source>Your notes are hidden. Type the journal's passphrase to go on.</source>
      <translation>ማስታወሻዎችዎ ተደብቀዋል። ለመቀጠል የማስታወሻ ደብተሩን የይለፍ ሐረግ ይጻፉ።</translation>
    </message>
    <message>
      <source>Your notes are still there. Make a copy of the journal file before changing anything, and restore the latest backup if you can.</source>
      <translation>ማስታወሻዎችዎ አሁንም አሉ። ማንኛውንም ነገር ከመቀየርዎ በፊት የማስታወሻ ደብተሩን ፋይል ቅጂ ይያዙ፣ ከቻሉም የቅርብ ጊዜውን መጠባበቂያ ይመልሱ።</translation>
    </message>
    <message>
      <source>Your own reflection, or the mentee's as they told it to you</source>
      <translation>የራስዎ ነጸብራቅ፣ ወይም ተማካሪው እንደነገረዎት የእሱ/የእሷ</translation>
    </message>
    <message>
      <source>Your rating as the mentor</source>
      <translation>እንደ አማካሪ የሰጡት ደረጃ</translation>
    </message>
    <message>
      <source>achieved {date}</source>
      <translation>{date} ተሳክቷል</translation>
    </message>
    <message>
      <source>action items</source>
      <translation>ተግባራት</translation>
    </message>
    <message>
      <source>active mentees</source>
      <translation>ንቁ ተማካሪዎች</translation>
    </message>
    <message>
      <source>add a mentee</source>
      <translation>ተማካሪ አክል</translation>
    </message>
    <message>
      <source>age1… (several: separate with spaces)</source>
      <translation>age1… (ብዙ ከሆኑ፦ በክፍተት ይለዩ)</translation>
    </message>
    <message>
      <source>and {0} more.</source>
      <translation>እና ሌሎች {0}።</translation>
    </message>
    <message>
      <source>and {n} more on the Actions tab</source>
      <translation>እና ሌሎች {n} በ«ተግባራት» ትር ላይ</translation>
    </message>
    <message>
      <source>at least {n} characters</source>
      <translation>ቢያንስ {n} ፊደላት</translation>
    </message>
    <message>
      <source>backed up by hand</source>
      <translation>በእጅ የተያዘ</translation>
    </message>
    <message>
      <source>backup key</source>
      <translation>የመጠባበቂያ ቁልፍ</translation>
    </message>
    <message>
      <source>before a restore</source>
      <translation>ከመመለስ በፊት</translation>
    </message>
    <message>
      <source>before a schema upgrade</source>
      <translation>ከመዋቅር ማሻሻያ በፊት</translation>
    </message>
    <message>
      <source>before an import</source>
      <translation>ከማስገባት በፊት</translation>
    </message>
    <message>
      <source>done {date}</source>
      <translation>{date} ተከናውኗል</translation>
    </message>
    <message>
      <source>due by {date}</source>
      <translation>እስከ {date} መከናወን ያለበት</translation>
    </message>
    <message>
      <source>due today</source>
      <translation>ቀነ ገደቡ ዛሬ ነው</translation>
    </message>
    <message>
      <source>due {date}</source>
      <translation>ቀነ ገደብ {date}</translation>
    </message>
    <message>
      <source>e.g. 12</source>
      <translation>ለምሳሌ 12</translation>
    </message>
    <message>
      <source>e.g. 2025 intake, Group B</source>
      <translation>ለምሳሌ የ2017 ቅበላ፣ ቡድን B</translation>
    </message>
    <message>
      <source>e.g. 60</source>
      <translation>ለምሳሌ 60</translation>
    </message>
    <message>
      <source>e.g. 8</source>
      <translation>ለምሳሌ 8</translation>
    </message>
    <message>
      <source>e.g. Abebe Kebede</source>
      <translation>ለምሳሌ አበበ ከበደ</translation>
    </message>
    <message>
      <source>e.g. After a workplace visit</source>
      <translation>ለምሳሌ ከሥራ ቦታ ጉብኝት በኋላ</translation>
    </message>
    <message>
      <source>e.g. Bahir Dar Polytechnic College</source>
      <translation>ለምሳሌ ባሕር ዳር ፖሊቴክኒክ ኮሌጅ</translation>
    </message>
    <message>
      <source>e.g. Before the trade test</source>
      <translation>ለምሳሌ ከሙያ ፈተናው በፊት</translation>
    </message>
    <message>
      <source>e.g. Cable sizing; preparing for the trade test</source>
      <translation>ለምሳሌ የኬብል መጠን አመራረጥ፤ ለሙያ ፈተና መዘጋጀት</translation>
    </message>
    <message>
      <source>e.g. Electrical Installation</source>
      <translation>ለምሳሌ የኤሌክትሪክ ዝርጋታ</translation>
    </message>
    <message>
      <source>e.g. Give the checklist before, not after</source>
      <translation>ለምሳሌ የማረጋገጫ ዝርዝሩን ከኋላ ሳይሆን በፊት ስጥ</translation>
    </message>
    <message>
      <source>e.g. He found the fault himself</source>
      <translation>ለምሳሌ ብልሽቱን ራሱ አገኘው</translation>
    </message>
    <message>
      <source>e.g. Level II</source>
      <translation>ለምሳሌ ደረጃ II</translation>
    </message>
    <message>
      <source>e.g. Meron Tadesse</source>
      <translation>ለምሳሌ ሜሮን ታደሰ</translation>
    </message>
    <message>
      <source>e.g. Needed for the trade test and for the job at the steel workshop</source>
      <translation>ለምሳሌ ለሙያ ፈተናው እና በብረት ወርክሾፑ ላለው ሥራ ያስፈልጋል</translation>
    </message>
    <message>
      <source>e.g. Pass the Level II welding practical</source>
      <translation>ለምሳሌ የደረጃ II የብየዳ ተግባራዊ ፈተናን ማለፍ</translation>
    </message>
    <message>
      <source>e.g. Practical assessment checklist</source>
      <translation>ለምሳሌ የተግባር ምዘና ማረጋገጫ ዝርዝር</translation>
    </message>
    <message>
      <source>e.g. Practise bending 20 mm conduit to 90°</source>
      <translation>ለምሳሌ 20 mm ኮንዱይትን ወደ 90° ማጠፍ መለማመድ</translation>
    </message>
    <message>
      <source>e.g. Revise Ohm's law. Enter adds it to the list below.</source>
      <translation>ለምሳሌ የኦምን ሕግ መከለስ። Enter ከታች ወዳለው ዝርዝር ያክለዋል።</translation>
    </message>
    <message>
      <source>e.g. Soldering and crimping</source>
      <translation>ለምሳሌ ሶልደሪንግ እና ክሪምፒንግ</translation>
    </message>
    <message>
      <source>e.g. Two extra workshop hours a week; the college has the plate</source>
      <translation>ለምሳሌ በሳምንት ሁለት ተጨማሪ የወርክሾፕ ሰዓታት፤ ኮሌጁ ብረት ሉሁ አለው</translation>
    </message>
    <message>
      <source>e.g. Two joints failed the bend test: too much heat</source>
      <translation>ለምሳሌ ሁለት ብየዳዎች የማጠፍ ሙከራውን ወድቀዋል፦ ሙቀቱ በዛ</translation>
    </message>
    <message>
      <source>e.g. Visit the workplace in two weeks</source>
      <translation>ለምሳሌ በሁለት ሳምንት ውስጥ የሥራ ቦታውን ጎብኝ</translation>
    </message>
    <message>
      <source>e.g. We went through the failed inspection</source>
      <translation>ለምሳሌ ያልተሳካውን ፍተሻ አብረን ገመገምን</translation>
    </message>
    <message>
      <source>e.g. Weld 10 mm plate in the vertical position with a full-penetration butt</source>
      <translation>ለምሳሌ 10 mm ብረት ሉህን በቋሚ አቀማመጥ ሙሉ ዘልቆ በሚገባ የጫፍ ለጫፍ ብየዳ መበየድ</translation>
    </message>
    <message>
      <source>e.g. joints</source>
      <translation>ለምሳሌ ብየዳዎች</translation>
    </message>
    <message>
      <source>e.g. joints passing the bend test</source>
      <translation>ለምሳሌ የማጠፍ ሙከራውን ያለፉ ብየዳዎች</translation>
    </message>
    <message>
      <source>find a mentee</source>
      <translation>ተማካሪ ፈልግ</translation>
    </message>
    <message>
      <source>first rating: {after}</source>
      <translation>የመጀመሪያ ደረጃ፦ {after}</translation>
    </message>
    <message>
      <source>from</source>
      <translation>ከ</translation>
    </message>
    <message>
      <source>goal check-ins</source>
      <translation>የግብ ክትትሎች</translation>
    </message>
    <message>
      <source>goal tags</source>
      <translation>የግብ መለያዎች</translation>
    </message>
    <message>
      <source>goals</source>
      <translation>ግቦች</translation>
    </message>
    <message>
      <source>goals achieved this month</source>
      <translation>በዚህ ወር የተሳኩ ግቦች</translation>
    </message>
    <message>
      <source>goals in progress</source>
      <translation>በሂደት ላይ ያሉ ግቦች</translation>
    </message>
    <message>
      <source>goes by “{name}”</source>
      <translation>“{name}” ተብሎ ይጠራል</translation>
    </message>
    <message>
      <source>journal settings</source>
      <translation>የማስታወሻ ደብተር ቅንብሮች</translation>
    </message>
    <message>
      <source>keyring support is not installed</source>
      <translation>የይለፍ ቃል ማከማቻ (keyring) ድጋፍ አልተጫነም</translation>
    </message>
    <message>
      <source>last check-in {date}</source>
      <translation>የመጨረሻ ክትትል {date}</translation>
    </message>
    <message>
      <source>log a session</source>
      <translation>ክፍለ ጊዜ መዝግብ</translation>
    </message>
    <message>
      <source>meets every day</source>
      <translation>በየቀኑ ይገናኛሉ</translation>
    </message>
    <message>
      <source>meets every {n} days</source>
      <translation>በየ{n} ቀኑ ይገናኛሉ</translation>
    </message>
    <message>
      <source>mentee tags</source>
      <translation>የተማካሪ መለያዎች</translation>
    </message>
    <message>
      <source>mentees</source>
      <translation>ተማካሪዎች</translation>
    </message>
    <message>
      <source>more…</source>
      <translation>ተጨማሪ…</translation>
    </message>
    <message>
      <source>never</source>
      <translation>በጭራሽ</translation>
    </message>
    <message>
      <source>no check-in yet</source>
      <translation>እስካሁን ክትትል የለም</translation>
    </message>
    <message>
      <source>no target date</source>
      <translation>የዒላማ ቀን የለም</translation>
    </message>
    <message>
      <source>none</source>
      <translation>የለም</translation>
    </message>
    <message>
      <source>none yet</source>
      <translation>እስካሁን የለም</translation>
    </message>
    <message>
      <source>not asked</source>
      <translation>አልተጠየቀም</translation>
    </message>
    <message>
      <source>not planned yet</source>
      <translation>ገና አልታቀደም</translation>
    </message>
    <message>
      <source>not rated yet</source>
      <translation>ገና ደረጃ አልተሰጠም</translation>
    </message>
    <message>
      <source>not set</source>
      <translation>አልተወሰነም</translation>
    </message>
    <message>
      <source>on closing</source>
      <translation>ሲዘጋ</translation>
    </message>
    <message>
      <source>open action items</source>
      <translation>ክፍት ተግባራት</translation>
    </message>
    <message>
      <source>overdue</source>
      <translation>ዘግይቷል</translation>
    </message>
    <message>
      <source>overdue ({date})</source>
      <translation>ዘግይቷል ({date})</translation>
    </message>
    <message>
      <source>overdue action items</source>
      <translation>ጊዜያቸው ያለፈ ተግባራት</translation>
    </message>
    <message>
      <source>overdue by 1 day</source>
      <translation>በ1 ቀን ዘግይቷል</translation>
    </message>
    <message>
      <source>overdue by {n} days</source>
      <translation>በ{n} ቀናት ዘግይቷል</translation>
    </message>
    <message>
      <source>prepared {date}</source>
      <translation>የተዘጋጀው {date}</translation>
    </message>
    <message>
      <source>private</source>
      <translation>የግል</translation>
    </message>
    <message>
      <source>programme dashboard</source>
      <translation>የፕሮግራም ዳሽቦርድ</translation>
    </message>
    <message>
      <source>progress {percent}</source>
      <translation>እድገት {percent}</translation>
    </message>
    <message>
      <source>rate skills</source>
      <translation>ክህሎቶችን ደረጃ ስጥ</translation>
    </message>
    <message>
      <source>reflection tags</source>
      <translation>የነጸብራቅ መለያዎች</translation>
    </message>
    <message>
      <source>reflection templates</source>
      <translation>የነጸብራቅ አብነቶች</translation>
    </message>
    <message>
      <source>reflections</source>
      <translation>ነጸብራቆች</translation>
    </message>
    <message>
      <source>schema version</source>
      <translation>የመዋቅር ስሪት</translation>
    </message>
    <message>
      <source>self rating</source>
      <translation>የራስ ምዘና</translation>
    </message>
    <message>
      <source>session attendees</source>
      <translation>የክፍለ ጊዜ ተሳታፊዎች</translation>
    </message>
    <message>
      <source>session tags</source>
      <translation>የክፍለ ጊዜ መለያዎች</translation>
    </message>
    <message>
      <source>session templates</source>
      <translation>የክፍለ ጊዜ አብነቶች</translation>
    </message>
    <message>
      <source>sessions</source>
      <translation>ክፍለ ጊዜያት</translation>
    </message>
    <message>
      <source>sessions this month</source>
      <translation>በዚህ ወር የተደረጉ ክፍለ ጊዜያት</translation>
    </message>
    <message>
      <source>set a goal</source>
      <translation>ግብ አስቀምጥ</translation>
    </message>
    <message>
      <source>skill ratings</source>
      <translation>የክህሎት ደረጃዎች</translation>
    </message>
    <message>
      <source>skills</source>
      <translation>ክህሎቶች</translation>
    </message>
    <message>
      <source>tags</source>
      <translation>መለያዎች</translation>
    </message>
    <message>
      <source>target date today</source>
      <translation>የዒላማ ቀን ዛሬ ነው</translation>
    </message>
    <message>
      <source>target {date}</source>
      <translation>የዒላማ ቀን {date}</translation>
    </message>
    <message>
      <source>target {value} {unit}</source>
      <translation>ዒላማ {value} {unit}</translation>
    </message>
    <message>
      <source>the only keyring here stores passwords unprotected</source>
      <translation>እዚህ ያለው ብቸኛው የይለፍ ቃል ማከማቻ የይለፍ ቃላትን ያለ ጥበቃ ያስቀምጣል</translation>
    </message>
    <message>
      <source>the selected mentee</source>
      <translation>የተመረጠው ተማካሪ</translation>
    </message>
    <message>
      <source>the system keyring could not be loaded</source>
      <translation>የሥርዓቱ የይለፍ ቃል ማከማቻ ሊጫን አልቻለም</translation>
    </message>
    <message>
      <source>the system keyring is locked; unlock it and try again</source>
      <translation>የሥርዓቱ የይለፍ ቃል ማከማቻ ተቆልፏል፤ ይክፈቱት እና እንደገና ይሞክሩ</translation>
    </message>
    <message>
      <source>the system keyring is switched off</source>
      <translation>የሥርዓቱ የይለፍ ቃል ማከማቻ ጠፍቷል</translation>
    </message>
    <message>
      <source>there is no system keyring (password store) here</source>
      <translation>እዚህ የሥርዓት የይለፍ ቃል ማከማቻ (keyring) የለም</translation>
    </message>
    <message>
      <source>there is no usable system keyring here</source>
      <translation>እዚህ ሊያገለግል የሚችል የሥርዓት የይለፍ ቃል ማከማቻ የለም</translation>
    </message>
    <message>
      <source>to</source>
      <translation>እስከ</translation>
    </message>
    <message>
      <source>while working</source>
      <translation>በሥራ ላይ ሳሉ</translation>
    </message>
    <message>
      <source>write a reflection</source>
      <translation>ነጸብራቅ ጻፍ</translation>
    </message>
    <message>
      <source>{0} added</source>
      <translation>{0} ታክለዋል</translation>
    </message>
    <message>
      <source>{0} added as copies</source>
      <translation>{0} እንደ ቅጂ ታክለዋል</translation>
    </message>
    <message>
      <source>{0} kept as they were</source>
      <translation>{0} እንደነበሩ ቀርተዋል</translation>
    </message>
    <message>
      <source>{0} to add, {1} to update, {2} in conflict.</source>
      <translation>{0} የሚታከሉ፣ {1} የሚዘመኑ፣ {2} በግጭት ውስጥ።</translation>
    </message>
    <message>
      <source>{0} updated</source>
      <translation>{0} ተዘምነዋል</translation>
    </message>
    <message>
      <source>{achieved} / {all}</source>
      <translation>{achieved} / {all}</translation>
    </message>
    <message>
      <source>{action} — {detail}</source>
      <translation>{action} — {detail}</translation>
    </message>
    <message>
      <source>{count} of the {records} refer to {other} that no longer exist.</source>
      <translation>{records} ውስጥ {count} የሚሆኑት ከአሁን በኋላ የሌሉ {other} ያመለክታሉ።</translation>
    </message>
    <message>
      <source>{date} (planned)</source>
      <translation>{date} (የታቀደ)</translation>
    </message>
    <message>
      <source>{date} {time}</source>
      <translation>{date} {time}</translation>
    </message>
    <message>
      <source>{date} · overdue</source>
      <translation>{date} · ዘግይቷል</translation>
    </message>
    <message>
      <source>{date} · {author}</source>
      <translation>{date} · {author}</translation>
    </message>
    <message>
      <source>{date} · {author} (private)</source>
      <translation>{date} · {author} (የግል)</translation>
    </message>
    <message>
      <source>{error}

The latest backup of this journal was made {when} ({why}). Restore it?

The damaged file is kept as it is, under a new name beside it.</source>
      <translation>{error}

የዚህ ማስታወሻ ደብተር የቅርብ ጊዜ መጠባበቂያ የተያዘው {when} ነው ({why})። ይመለስ?

የተበላሸው ፋይል እንዳለ በአዲስ ስም ከጎኑ ይቀመጣል።</translation>
    </message>
    <message>
      <source>{first} and {n} others</source>
      <translation>{first} እና ሌሎች {n}</translation>
    </message>
    <message>
      <source>{group} skills</source>
      <translation>{group} ክህሎቶች</translation>
    </message>
    <message numerus="yes">
      <source>{hits} found for %n mentee(s).</source>
      <translation>
        <numerusform>ለ%Ln ተማካሪ {hits} ተገኝተዋል።</numerusform>
        <numerusform>ለ%Ln ተማካሪዎች {hits} ተገኝተዋል።</numerusform>
      </translation>
    </message>
    <message>
      <source>{h} h</source>
      <translation>{h} ሰዓት</translation>
    </message>
    <message>
      <source>{h} h {m} min</source>
      <translation>{h} ሰዓት {m} ደቂቃ</translation>
    </message>
    <message>
      <source>{journal} is already open in Mentor Journal{process}. Switch to that window: a journal cannot be open twice.</source>
      <translation>{journal} በMentor Journal ውስጥ አስቀድሞ ተከፍቷል{process}። ወደዚያ መስኮት ይቀይሩ፤ አንድ ማስታወሻ ደብተር ሁለት ጊዜ ሊከፈት አይችልም።</translation>
    </message>
    <message>
      <source>{journal} is being changed by a mentorjournal command{process}. Open it again when the command has finished.</source>
      <translation>{journal} በmentorjournal ትዕዛዝ እየተለወጠ ነው{process}። ትዕዛዙ ሲጠናቀቅ እንደገና ይክፈቱት።</translation>
    </message>
    <message>
      <source>{label}: {value}</source>
      <translation>{label}፦ {value}</translation>
    </message>
    <message>
      <source>{m} min</source>
      <translation>{m} ደቂቃ</translation>
    </message>
    <message>
      <source>{n} ({o} open)</source>
      <translation>{n} ({o} ክፍት)</translation>
    </message>
    <message>
      <source>{n} days</source>
      <translation>{n} ቀናት</translation>
    </message>
    <message>
      <source>{n} days left</source>
      <translation>{n} ቀናት ቀርተዋል</translation>
    </message>
    <message>
      <source>{n} days past the target</source>
      <translation>ከዒላማው {n} ቀናት አልፏል</translation>
    </message>
    <message>
      <source>{n} days since the last session</source>
      <translation>ከመጨረሻው ክፍለ ጊዜ ወዲህ {n} ቀናት</translation>
    </message>
    <message>
      <source>{n} filters active ·</source>
      <translation>{n} ማጣሪያዎች ንቁ ናቸው ·</translation>
    </message>
    <message>
      <source>{n} in all</source>
      <translation>በአጠቃላይ {n}</translation>
    </message>
    <message>
      <source>{n} more changes and {s} unchanged on the Progress tab…</source>
      <translation>ሌሎች {n} ለውጦች እና {s} ያልተቀየሩ በ«እድገት» ትር ላይ…</translation>
    </message>
    <message>
      <source>{n} more on the Actions tab…</source>
      <translation>ሌሎች {n} በ«ተግባራት» ትር ላይ…</translation>
    </message>
    <message>
      <source>{n} more on the Goals tab…</source>
      <translation>ሌሎች {n} በ«ግቦች» ትር ላይ…</translation>
    </message>
    <message>
      <source>{n} sessions</source>
      <translation>{n} ክፍለ ጊዜያት</translation>
    </message>
    <message>
      <source>{n} sessions, {a} open action items</source>
      <translation>{n} ክፍለ ጊዜያት፣ {a} ክፍት ተግባራት</translation>
    </message>
    <message>
      <source>{n} skills rated</source>
      <translation>{n} ክህሎቶች ደረጃ ተሰጥቷቸዋል</translation>
    </message>
    <message>
      <source>{n} skills rated again without change.</source>
      <translation>{n} ክህሎቶች ያለ ለውጥ እንደገና ደረጃ ተሰጥቷቸዋል።</translation>
    </message>
    <message>
      <source>{n} skills rated again, none changed.</source>
      <translation>{n} ክህሎቶች እንደገና ደረጃ ተሰጥቷቸዋል፤ አንዳቸውም አልተቀየሩም።</translation>
    </message>
    <message>
      <source>{n} unsaved drafts from last time</source>
      <translation>ካለፈው ጊዜ ያልተቀመጡ {n} ረቂቆች</translation>
    </message>
    <message>
      <source>{open} ({overdue} overdue)</source>
      <translation>{open} ({overdue} ጊዜያቸው ያለፈ)</translation>
    </message>
    <message>
      <source>{owner}, done {date}</source>
      <translation>{owner}፣ {date} ተከናውኗል</translation>
    </message>
    <message>
      <source>{owner}, due {date}</source>
      <translation>{owner}፣ ቀነ ገደብ {date}</translation>
    </message>
    <message>
      <source>{owner}, overdue, was due {date}</source>
      <translation>{owner}፣ ዘግይቷል፣ ቀነ ገደቡ {date} ነበር</translation>
    </message>
    <message>
      <source>{p} % done</source>
      <translation>{p} % ተጠናቋል</translation>
    </message>
    <message>
      <source>{shown} of {total} mentees shown</source>
      <translation>ከ{total} ተማካሪዎች {shown} ይታያሉ</translation>
    </message>
    <message>
      <source>{skill}: ratings over time</source>
      <translation>{skill}፦ ደረጃዎች በጊዜ ሂደት</translation>
    </message>
    <message>
      <source>{s} rated again without change — Progress tab…</source>
      <translation>{s} ያለ ለውጥ እንደገና ደረጃ ተሰጥቷቸዋል — «እድገት» ትር…</translation>
    </message>
    <message>
      <source>{title} · {date}</source>
      <translation>{title} · {date}</translation>
    </message>
    <message>
      <source>{title} · {period}</source>
      <translation>{title} · {period}</translation>
    </message>
    <message>
      <source>{total} ({month} this month)</source>
      <translation>{total} (በዚህ ወር {month})</translation>
    </message>
    <message>
      <source>{window}: {part}</source>
      <translation>{window}፦ {part}</translation>
    </message>
    <message>
      <source>{word} ({rating}/{top}, {date})</source>
      <translation>{word} ({rating}/{top}፣ {date})</translation>
    </message>
    <message>
      <source>“{name}” has no ratings yet. Remove it from the framework for good?</source>
      <translation>“{name}” እስካሁን ደረጃ የለውም። ከማዕቀፉ እስከመጨረሻው ይወገድ?</translation>
    </message>
    <message>
      <source>“{name}” has ratings, so it will be retired rather than deleted: its ratings stay in the mentees' history and charts, but it is no longer offered for new ratings. Retire it?</source>
      <translation>“{name}” ደረጃዎች ስላሉት ከመሰረዝ ይልቅ ከአገልግሎት ይወጣል፦ ደረጃዎቹ በተማካሪዎቹ ታሪክ እና ገበታዎች ውስጥ ይቆያሉ፣ ነገር ግን ለአዲስ ደረጃ አይቀርብም። ከአገልግሎት ይውጣ?</translation>
    </message>
    <message>
      <source>“{skill}” has a note but no rating: rate it or clear the note.</source>
      <translation>“{skill}” ማስታወሻ አለው ግን ደረጃ የለውም፦ ደረጃ ይስጡት ወይም ማስታወሻውን ያጽዱ።</translation>
    </message>
    <message>
      <source>“{skill}” is no longer rated here; the draft had: {rating} {note}</source>
      <translation>“{skill}” ከአሁን በኋላ እዚህ ደረጃ አይሰጠውም፤ ረቂቁ የያዘው፦ {rating} {note}</translation>
    </message>
    <message numerus="yes">
      <source>• %n action item(s)</source>
      <translation>
        <numerusform>• %Ln ተግባር</numerusform>
        <numerusform>• %Ln ተግባራት</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>• %n reflection(s)</source>
      <translation>
        <numerusform>• %Ln ነጸብራቅ</numerusform>
        <numerusform>• %Ln ነጸብራቆች</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>• %n session(s) they attended alone</source>
      <translation>
        <numerusform>• ብቻውን የተገኘበት %Ln ክፍለ ጊዜ</numerusform>
        <numerusform>• ብቻውን የተገኘባቸው %Ln ክፍለ ጊዜያት</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>• their place in %n group session(s) (kept for the others)</source>
      <translation>
        <numerusform>• በ%Ln የቡድን ክፍለ ጊዜ ውስጥ ያለው ቦታው (ለሌሎቹ ይቆያል)</numerusform>
        <numerusform>• በ%Ln የቡድን ክፍለ ጊዜያት ውስጥ ያለው ቦታው (ለሌሎቹ ይቆያል)</numerusform>
      </translation>
    </message>
    <message>
      <source>• their profile, tags and private notes</source>
      <translation>• መገለጫው፣ መለያዎቹ እና የግል ማስታወሻዎቹ</translation>
    </message>
    <message>
      <source>• {goals} with {check_ins}</source>
      <translation>• {goals} ከ{check_ins} ጋር</translation>
    </message>
    <message>
      <source>… (note continues, {size})</source>
      <translation>… (ማስታወሻው ይቀጥላል፣ {size})</translation>
    </message>
    <message>
      <source>… (the notes go on in the journal)</source>
      <translation>… (ማስታወሻዎቹ በማስታወሻ ደብተሩ ውስጥ ይቀጥላሉ)</translation>
    </message>
    <message>
      <source>✓ Achieved (solid)</source>
      <translation>✓ ተሳክቷል (ሙሉ መስመር)</translation>
    </message>
    <message>
      <source>🔒 Private note (left out of summaries and exports)</source>
      <translation>🔒 የግል ማስታወሻ (ከማጠቃለያዎች እና ከወጪ ፋይሎች ውጭ ይደረጋል)</translation>
    </message>
    <message>
      <source>🔒 Private notes — only in this journal, left out of summaries and exports</source>
      <translation>🔒 የግል ማስታወሻዎች — በዚህ ማስታወሻ ደብተር ውስጥ ብቻ፣ ከማጠቃለያዎች እና ከወጪ ፋይሎች ውጭ ይደረጋሉ</translation>
    </message>
    <message>
      <source>🔒 private</source>
      <translation>🔒 የግል</translation>
    </message>
  </context>
</TS>
