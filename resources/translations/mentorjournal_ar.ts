<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="en">
  <context>
    <name>MentorJournal</name>
    <message>
      <source> (confidence {c}/5)</source>
      <translation> (الثقة {c}/5)</translation>
    </message>
    <message>
      <source> (process {pid})</source>
      <translation> (العملية {pid})</translation>
    </message>
    <message>
      <source> ({n} mentees)</source>
      <translation> ({n} من المتدربين)</translation>
    </message>
    <message>
      <source> days</source>
      <translation> يوم</translation>
    </message>
    <message>
      <source> min</source>
      <translation> دقيقة</translation>
    </message>
    <message numerus="yes">
      <source>%n action item(s)</source>
      <translation>
        <numerusform>%Ln مهمة</numerusform>
        <numerusform>%Ln مهمة</numerusform>
        <numerusform>%Ln مهمتان</numerusform>
        <numerusform>%Ln مهام</numerusform>
        <numerusform>%Ln مهمةً</numerusform>
        <numerusform>%Ln مهمة</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n check-in(s)</source>
      <translation>
        <numerusform>%Ln متابعة</numerusform>
        <numerusform>%Ln متابعة</numerusform>
        <numerusform>%Ln متابعتان</numerusform>
        <numerusform>%Ln متابعات</numerusform>
        <numerusform>%Ln متابعةً</numerusform>
        <numerusform>%Ln متابعة</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n goal check-in(s)</source>
      <translation>
        <numerusform>%Ln متابعة للأهداف</numerusform>
        <numerusform>%Ln متابعة للأهداف</numerusform>
        <numerusform>%Ln متابعتان للأهداف</numerusform>
        <numerusform>%Ln متابعات للأهداف</numerusform>
        <numerusform>%Ln متابعةً للأهداف</numerusform>
        <numerusform>%Ln متابعة للأهداف</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n goal(s)</source>
      <translation>
        <numerusform>%Ln هدف</numerusform>
        <numerusform>%Ln هدف</numerusform>
        <numerusform>%Ln هدفان</numerusform>
        <numerusform>%Ln أهداف</numerusform>
        <numerusform>%Ln هدفًا</numerusform>
        <numerusform>%Ln هدف</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n mentee(s)</source>
      <translation>
        <numerusform>%Ln متدرب</numerusform>
        <numerusform>%Ln متدرب</numerusform>
        <numerusform>%Ln متدربان</numerusform>
        <numerusform>%Ln متدربين</numerusform>
        <numerusform>%Ln متدربًا</numerusform>
        <numerusform>%Ln متدرب</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n problem(s) found in your journal.</source>
      <translation>
        <numerusform>لم يُعثر على أي مشكلة في سجلك.</numerusform>
        <numerusform>عُثر على مشكلة واحدة في سجلك.</numerusform>
        <numerusform>عُثر على مشكلتين في سجلك.</numerusform>
        <numerusform>عُثر على %Ln مشكلات في سجلك.</numerusform>
        <numerusform>عُثر على %Ln مشكلةً في سجلك.</numerusform>
        <numerusform>عُثر على %Ln مشكلة في سجلك.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n reflection(s)</source>
      <translation>
        <numerusform>%Ln تأمل</numerusform>
        <numerusform>%Ln تأمل</numerusform>
        <numerusform>%Ln تأملان</numerusform>
        <numerusform>%Ln تأملات</numerusform>
        <numerusform>%Ln تأملًا</numerusform>
        <numerusform>%Ln تأمل</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n session(s)</source>
      <translation>
        <numerusform>%Ln جلسة</numerusform>
        <numerusform>%Ln جلسة</numerusform>
        <numerusform>%Ln جلستان</numerusform>
        <numerusform>%Ln جلسات</numerusform>
        <numerusform>%Ln جلسةً</numerusform>
        <numerusform>%Ln جلسة</numerusform>
      </translation>
    </message>
    <message>
      <source>&amp;About Mentor Journal</source>
      <translation>حول Mentor Journal(&amp;A)</translation>
    </message>
    <message>
      <source>&amp;About session:</source>
      <translation>عن الجلسة(&amp;A):</translation>
    </message>
    <message>
      <source>&amp;Action:</source>
      <translation>المهمة(&amp;A):</translation>
    </message>
    <message>
      <source>&amp;Add</source>
      <translation>إضافة(&amp;A)</translation>
    </message>
    <message>
      <source>&amp;Add skill</source>
      <translation>إضافة مهارة(&amp;A)</translation>
    </message>
    <message>
      <source>&amp;Anonymise: names become codes (M-001, M-002…), no contact details</source>
      <translation>إخفاء الهوية: تصبح الأسماء رموزًا (M-001، M-002…)، بلا بيانات اتصال(&amp;A)</translation>
    </message>
    <message>
      <source>&amp;Back up now</source>
      <translation>نسخ احتياطي الآن(&amp;B)</translation>
    </message>
    <message>
      <source>&amp;Backups</source>
      <translation>النسخ الاحتياطية(&amp;B)</translation>
    </message>
    <message>
      <source>&amp;Backups…</source>
      <translation>النسخ الاحتياطية(&amp;B)…</translation>
    </message>
    <message>
      <source>&amp;Calendar file (.ics)…</source>
      <translation>ملف تقويم (.ics)(&amp;C)…</translation>
    </message>
    <message>
      <source>&amp;Category:</source>
      <translation>الفئة(&amp;C):</translation>
    </message>
    <message>
      <source>&amp;Change passphrase</source>
      <translation>تغيير عبارة المرور(&amp;C)</translation>
    </message>
    <message>
      <source>&amp;Competency framework…</source>
      <translation>إطار الكفاءات(&amp;C)…</translation>
    </message>
    <message>
      <source>&amp;Contact:</source>
      <translation>الاتصال(&amp;C):</translation>
    </message>
    <message>
      <source>&amp;Copy details</source>
      <translation>نسخ التفاصيل(&amp;C)</translation>
    </message>
    <message>
      <source>&amp;Current passphrase:</source>
      <translation>عبارة المرور الحالية(&amp;C):</translation>
    </message>
    <message>
      <source>&amp;Date and time:</source>
      <translation>التاريخ والوقت(&amp;D):</translation>
    </message>
    <message>
      <source>&amp;Date:</source>
      <translation>التاريخ(&amp;D):</translation>
    </message>
    <message>
      <source>&amp;Default time between sessions:</source>
      <translation>المدة الافتراضية بين الجلسات(&amp;D):</translation>
    </message>
    <message>
      <source>&amp;Delete mentee…</source>
      <translation>حذف المتدرب(&amp;D)…</translation>
    </message>
    <message>
      <source>&amp;Delete…</source>
      <translation>حذف(&amp;D)…</translation>
    </message>
    <message>
      <source>&amp;Discard all…</source>
      <translation>تجاهل الكل(&amp;D)…</translation>
    </message>
    <message>
      <source>&amp;Done on</source>
      <translation>أُنجزت في(&amp;D)</translation>
    </message>
    <message>
      <source>&amp;Edit</source>
      <translation>تحرير(&amp;E)</translation>
    </message>
    <message>
      <source>&amp;Edit mentee…</source>
      <translation>تحرير بيانات المتدرب(&amp;E)…</translation>
    </message>
    <message>
      <source>&amp;Encrypt backups…</source>
      <translation>تشفير النسخ الاحتياطية(&amp;E)…</translation>
    </message>
    <message>
      <source>&amp;Expected every:</source>
      <translation>اللقاء المتوقع كل(&amp;E):</translation>
    </message>
    <message>
      <source>&amp;Export journal…</source>
      <translation>تصدير السجل(&amp;E)…</translation>
    </message>
    <message>
      <source>&amp;File</source>
      <translation>ملف(&amp;F)</translation>
    </message>
    <message>
      <source>&amp;Find mentee</source>
      <translation>البحث عن متدرب(&amp;F)</translation>
    </message>
    <message>
      <source>&amp;From:</source>
      <translation>من(&amp;F):</translation>
    </message>
    <message>
      <source>&amp;Full name:</source>
      <translation>الاسم الكامل(&amp;F):</translation>
    </message>
    <message>
      <source>&amp;General</source>
      <translation>عام(&amp;G)</translation>
    </message>
    <message>
      <source>&amp;Goal:</source>
      <translation>الهدف(&amp;G):</translation>
    </message>
    <message>
      <source>&amp;Group:</source>
      <translation>المجموعة(&amp;G):</translation>
    </message>
    <message>
      <source>&amp;Help</source>
      <translation>مساعدة(&amp;H)</translation>
    </message>
    <message>
      <source>&amp;Import…</source>
      <translation>استيراد(&amp;I)…</translation>
    </message>
    <message>
      <source>&amp;Include private notes</source>
      <translation>تضمين الملاحظات الخاصة(&amp;I)</translation>
    </message>
    <message>
      <source>&amp;Institution:</source>
      <translation>المؤسسة(&amp;I):</translation>
    </message>
    <message>
      <source>&amp;Kind:</source>
      <translation>النوع(&amp;K):</translation>
    </message>
    <message>
      <source>&amp;Language:</source>
      <translation>اللغة(&amp;L):</translation>
    </message>
    <message>
      <source>&amp;Last session:</source>
      <translation>آخر جلسة(&amp;L):</translation>
    </message>
    <message>
      <source>&amp;Later</source>
      <translation>لاحقًا(&amp;L)</translation>
    </message>
    <message>
      <source>&amp;Level:</source>
      <translation>المستوى(&amp;L):</translation>
    </message>
    <message>
      <source>&amp;Lock now</source>
      <translation>قفل الآن(&amp;L)</translation>
    </message>
    <message>
      <source>&amp;Measured:</source>
      <translation>القيمة المقيسة(&amp;M):</translation>
    </message>
    <message>
      <source>&amp;Mentee</source>
      <translation>المتدرب(&amp;M)</translation>
    </message>
    <message>
      <source>&amp;Mentee:</source>
      <translation>المتدرب(&amp;M):</translation>
    </message>
    <message>
      <source>&amp;Mentor</source>
      <translation>المرشد(&amp;M)</translation>
    </message>
    <message>
      <source>&amp;Model:</source>
      <translation>النموذج(&amp;M):</translation>
    </message>
    <message>
      <source>&amp;Name:</source>
      <translation>الاسم(&amp;N):</translation>
    </message>
    <message>
      <source>&amp;New</source>
      <translation>جديد(&amp;N)</translation>
    </message>
    <message>
      <source>&amp;New passphrase:</source>
      <translation>عبارة المرور الجديدة(&amp;N):</translation>
    </message>
    <message>
      <source>&amp;New template</source>
      <translation>قالب جديد(&amp;N)</translation>
    </message>
    <message>
      <source>&amp;Next meeting:</source>
      <translation>اللقاء القادم(&amp;N):</translation>
    </message>
    <message>
      <source>&amp;No</source>
      <translation>لا(&amp;N)</translation>
    </message>
    <message>
      <source>&amp;Note:</source>
      <translation>ملاحظة(&amp;N):</translation>
    </message>
    <message>
      <source>&amp;Open another journal…</source>
      <translation>فتح سجل آخر(&amp;O)…</translation>
    </message>
    <message>
      <source>&amp;Open the journal</source>
      <translation>فتح السجل(&amp;O)</translation>
    </message>
    <message>
      <source>&amp;Passphrase:</source>
      <translation>عبارة المرور(&amp;P):</translation>
    </message>
    <message>
      <source>&amp;Preferred name:</source>
      <translation>الاسم المفضل(&amp;P):</translation>
    </message>
    <message>
      <source>&amp;Preview and print…</source>
      <translation>معاينة وطباعة(&amp;P)…</translation>
    </message>
    <message>
      <source>&amp;Print brief…</source>
      <translation>طباعة الموجز(&amp;P)…</translation>
    </message>
    <message>
      <source>&amp;Privacy</source>
      <translation>الخصوصية(&amp;P)</translation>
    </message>
    <message>
      <source>&amp;Private note:</source>
      <translation>ملاحظة خاصة(&amp;P):</translation>
    </message>
    <message>
      <source>&amp;Private — keep this reflection in the app</source>
      <translation>خاص — يبقى هذا التأمل داخل التطبيق(&amp;P)</translation>
    </message>
    <message>
      <source>&amp;Programme:</source>
      <translation>البرنامج(&amp;P):</translation>
    </message>
    <message>
      <source>&amp;Progress:</source>
      <translation>التقدم(&amp;P):</translation>
    </message>
    <message>
      <source>&amp;Prompts:</source>
      <translation>العبارات التوجيهية(&amp;P):</translation>
    </message>
    <message>
      <source>&amp;Quit</source>
      <translation>خروج(&amp;Q)</translation>
    </message>
    <message>
      <source>&amp;Reflection:</source>
      <translation>التأمل(&amp;R):</translation>
    </message>
    <message>
      <source>&amp;Reflections</source>
      <translation>التأملات(&amp;R)</translation>
    </message>
    <message>
      <source>&amp;Remember export passphrases on this computer</source>
      <translation>تذكُّر عبارات مرور التصدير على هذا الحاسوب(&amp;R)</translation>
    </message>
    <message>
      <source>&amp;Remove</source>
      <translation>إزالة(&amp;R)</translation>
    </message>
    <message>
      <source>&amp;Remove passphrase</source>
      <translation>إزالة عبارة المرور(&amp;R)</translation>
    </message>
    <message>
      <source>&amp;Remove…</source>
      <translation>إزالة(&amp;R)…</translation>
    </message>
    <message>
      <source>&amp;Repeat:</source>
      <translation>التكرار(&amp;R):</translation>
    </message>
    <message>
      <source>&amp;Restore</source>
      <translation>استعادة(&amp;R)</translation>
    </message>
    <message>
      <source>&amp;Restore…</source>
      <translation>استعادة(&amp;R)…</translation>
    </message>
    <message>
      <source>&amp;Save</source>
      <translation>حفظ(&amp;S)</translation>
    </message>
    <message>
      <source>&amp;Save…</source>
      <translation>حفظ(&amp;S)…</translation>
    </message>
    <message>
      <source>&amp;Search the journal…</source>
      <translation>البحث في السجل(&amp;S)…</translation>
    </message>
    <message>
      <source>&amp;Self (the mentee)</source>
      <translation>ذاتي (المتدرب)(&amp;S)</translation>
    </message>
    <message>
      <source>&amp;Sessions</source>
      <translation>الجلسات(&amp;S)</translation>
    </message>
    <message>
      <source>&amp;Set passphrase</source>
      <translation>تعيين عبارة المرور(&amp;S)</translation>
    </message>
    <message>
      <source>&amp;Stop encrypting</source>
      <translation>إيقاف التشفير(&amp;S)</translation>
    </message>
    <message>
      <source>&amp;Table:</source>
      <translation>الجدول(&amp;T):</translation>
    </message>
    <message>
      <source>&amp;Tag:</source>
      <translation>الوسم(&amp;T):</translation>
    </message>
    <message>
      <source>&amp;Target:</source>
      <translation>المستهدف(&amp;T):</translation>
    </message>
    <message>
      <source>&amp;Templates…</source>
      <translation>القوالب(&amp;T)…</translation>
    </message>
    <message>
      <source>&amp;Theme:</source>
      <translation>السمة(&amp;T):</translation>
    </message>
    <message>
      <source>&amp;To:</source>
      <translation>إلى(&amp;T):</translation>
    </message>
    <message>
      <source>&amp;Tools</source>
      <translation>أدوات(&amp;T)</translation>
    </message>
    <message>
      <source>&amp;Topics:</source>
      <translation>المواضيع(&amp;T):</translation>
    </message>
    <message>
      <source>&amp;Unlock</source>
      <translation>فتح القفل(&amp;U)</translation>
    </message>
    <message>
      <source>&amp;View</source>
      <translation>عرض(&amp;V)</translation>
    </message>
    <message>
      <source>&amp;Who does it:</source>
      <translation>من ينفذها(&amp;W):</translation>
    </message>
    <message>
      <source>&amp;Written by:</source>
      <translation>كتبه(&amp;W):</translation>
    </message>
    <message>
      <source>&amp;Yes</source>
      <translation>نعم(&amp;Y)</translation>
    </message>
    <message>
      <source>(self)</source>
      <translation>(ذاتي)</translation>
    </message>
    <message>
      <source>+ {n} more goals</source>
      <translation>+ {n} أهداف أخرى</translation>
    </message>
    <message>
      <source>1 day left</source>
      <translation>بقي يوم واحد</translation>
    </message>
    <message>
      <source>1 day past the target</source>
      <translation>تجاوز الموعد المستهدف بيوم واحد</translation>
    </message>
    <message>
      <source>1 day since the last session</source>
      <translation>يوم واحد منذ آخر جلسة</translation>
    </message>
    <message>
      <source>1 filter active ·</source>
      <translation>مرشّح واحد نشط ·</translation>
    </message>
    <message>
      <source>1 low</source>
      <translation>1 منخفضة</translation>
    </message>
    <message>
      <source>1 session</source>
      <translation>جلسة واحدة</translation>
    </message>
    <message>
      <source>1 skill rated</source>
      <translation>مهارة واحدة مُقيَّمة</translation>
    </message>
    <message>
      <source>1 unsaved draft from last time</source>
      <translation>مسودة واحدة غير محفوظة من المرة السابقة</translation>
    </message>
    <message>
      <source>1 — not confident</source>
      <translation>1 — غير واثق</translation>
    </message>
    <message>
      <source>2</source>
      <translation>2</translation>
    </message>
    <message>
      <source>3 — fairly confident</source>
      <translation>3 — واثق إلى حد ما</translation>
    </message>
    <message>
      <source>4</source>
      <translation>4</translation>
    </message>
    <message>
      <source>5 high</source>
      <translation>5 عالية</translation>
    </message>
    <message>
      <source>5 — very confident</source>
      <translation>5 — واثق جدًا</translation>
    </message>
    <message>
      <source>A new reflection can start from one of these prompts.</source>
      <translation>يمكن أن يبدأ التأمل الجديد من إحدى هذه العبارات التوجيهية.</translation>
    </message>
    <message>
      <source>A new session can start from a template: its kind, duration, topics and note prompts are filled in for you.</source>
      <translation>يمكن أن تبدأ الجلسة الجديدة من قالب: يُملأ لك نوعها ومدتها ومواضيعها وعبارات الملاحظات التوجيهية.</translation>
    </message>
    <message>
      <source>A private reflection is left out of summaries and exports by default</source>
      <translation>يُستبعد التأمل الخاص من الملخصات وعمليات التصدير افتراضيًا</translation>
    </message>
    <message>
      <source>A short name for the goal, as you would say it to the mentee</source>
      <translation>اسم قصير للهدف، كما تقوله للمتدرب</translation>
    </message>
    <message>
      <source>A — Achievable</source>
      <translation>A — قابل للتحقيق</translation>
    </message>
    <message>
      <source>A&amp;ttended:</source>
      <translation>الحاضرون(&amp;T):</translation>
    </message>
    <message>
      <source>About Mentor Journal</source>
      <translation>حول Mentor Journal</translation>
    </message>
    <message>
      <source>About you and this journal</source>
      <translation>عنك وعن هذا السجل</translation>
    </message>
    <message>
      <source>Achievable</source>
      <translation>قابل للتحقيق</translation>
    </message>
    <message>
      <source>Achieved</source>
      <translation>تحقق</translation>
    </message>
    <message>
      <source>Action</source>
      <translation>المهمة</translation>
    </message>
    <message>
      <source>Action item</source>
      <translation>مهمة</translation>
    </message>
    <message>
      <source>Action item for {name} ({owner} to do)</source>
      <translation>مهمة لـ{name} (ينفذها {owner})</translation>
    </message>
    <message>
      <source>Action items</source>
      <translation>المهام</translation>
    </message>
    <message>
      <source>Action items agreed</source>
      <translation>المهام المتفق عليها</translation>
    </message>
    <message>
      <source>Actions</source>
      <translation>المهام</translation>
    </message>
    <message>
      <source>Active</source>
      <translation>نشط</translation>
    </message>
    <message>
      <source>Active goals</source>
      <translation>الأهداف النشطة</translation>
    </message>
    <message>
      <source>Active mentees</source>
      <translation>المتدربون النشطون</translation>
    </message>
    <message>
      <source>Add a mentee</source>
      <translation>إضافة متدرب</translation>
    </message>
    <message>
      <source>Add a mentee…</source>
      <translation>إضافة متدرب…</translation>
    </message>
    <message>
      <source>Add a new skill to the framework</source>
      <translation>إضافة مهارة جديدة إلى الإطار</translation>
    </message>
    <message>
      <source>Add check-in…</source>
      <translation>إضافة متابعة…</translation>
    </message>
    <message>
      <source>Add this action item (Enter)</source>
      <translation>إضافة هذه المهمة (Enter)</translation>
    </message>
    <message>
      <source>Added</source>
      <translation>مُضافة</translation>
    </message>
    <message>
      <source>All &amp;sessions</source>
      <translation>كل الجلسات(&amp;S)</translation>
    </message>
    <message>
      <source>All mentees</source>
      <translation>جميع المتدربين</translation>
    </message>
    <message>
      <source>All records</source>
      <translation>كل العناصر</translation>
    </message>
    <message>
      <source>All reflections…</source>
      <translation>كل التأملات…</translation>
    </message>
    <message>
      <source>All sessions</source>
      <translation>كل الجلسات</translation>
    </message>
    <message>
      <source>An editor has changes that are not saved. Quit and lose them?</source>
      <translation>يوجد محرر فيه تغييرات غير محفوظة. هل تريد الخروج وفقدانها؟</translation>
    </message>
    <message>
      <source>An index of the {records} is out of step with the records ({detail}).</source>
      <translation>أحد فهارس «{records}» غير متوافق مع العناصر ({detail}).</translation>
    </message>
    <message>
      <source>An offline journal for trainers who mentor learners: sessions, goals, action items and reflections, kept on this computer.</source>
      <translation>سجل غير متصل بالإنترنت للمدربين الذين يرشدون المتعلمين: الجلسات والأهداف والمهام والتأملات، محفوظة على هذا الحاسوب.</translation>
    </message>
    <message>
      <source>Any cohort</source>
      <translation>أي دفعة</translation>
    </message>
    <message>
      <source>Any programme</source>
      <translation>أي برنامج</translation>
    </message>
    <message>
      <source>Any tag</source>
      <translation>أي وسم</translation>
    </message>
    <message>
      <source>Anyone who gets the file can read everything in it. Use this only on a computer and a storage device you trust.</source>
      <translation>يستطيع كل من يحصل على الملف قراءة كل ما فيه. لا تستخدم هذا إلا على حاسوب ووسيط تخزين تثق بهما.</translation>
    </message>
    <message>
      <source>App lock &amp;passphrase…</source>
      <translation>عبارة مرور قفل التطبيق(&amp;P)…</translation>
    </message>
    <message>
      <source>App lock passphrase</source>
      <translation>عبارة مرور قفل التطبيق</translation>
    </message>
    <message>
      <source>Apply</source>
      <translation>تطبيق</translation>
    </message>
    <message>
      <source>Assisted</source>
      <translation>بمساعدة</translation>
    </message>
    <message>
      <source>Attended: {names}</source>
      <translation>الحاضرون: {names}</translation>
    </message>
    <message>
      <source>Attendees</source>
      <translation>الحاضرون</translation>
    </message>
    <message>
      <source>Author</source>
      <translation>الكاتب</translation>
    </message>
    <message>
      <source>Average of the last {n} sessions</source>
      <translation>متوسط آخر {n} جلسات</translation>
    </message>
    <message>
      <source>Back &amp;up now</source>
      <translation>نسخ احتياطي الآن(&amp;U)</translation>
    </message>
    <message>
      <source>Back to the mentee's page</source>
      <translation>العودة إلى صفحة المتدرب</translation>
    </message>
    <message>
      <source>Back up when the app &amp;closes</source>
      <translation>نسخ احتياطي عند إغلاق التطبيق(&amp;C)</translation>
    </message>
    <message>
      <source>Back up when the app closes</source>
      <translation>نسخ احتياطي عند إغلاق التطبيق</translation>
    </message>
    <message>
      <source>Back up while working, every (minutes)</source>
      <translation>نسخ احتياطي أثناء العمل، كل (بالدقائق)</translation>
    </message>
    <message>
      <source>Backed up ({size}).</source>
      <translation>تم النسخ الاحتياطي ({size}).</translation>
    </message>
    <message>
      <source>Backed up now</source>
      <translation>نسخ يدوي</translation>
    </message>
    <message>
      <source>Backed up to {name}</source>
      <translation>نُسخ احتياطيًا إلى {name}</translation>
    </message>
    <message>
      <source>Backing up…</source>
      <translation>جارٍ النسخ الاحتياطي…</translation>
    </message>
    <message>
      <source>Backup passphrase</source>
      <translation>عبارة مرور النسخ الاحتياطية</translation>
    </message>
    <message>
      <source>Backups</source>
      <translation>النسخ الاحتياطية</translation>
    </message>
    <message>
      <source>Backups are copies of the whole journal in your user data folder, made with SQLite's backup function. A backup is always made before an upgrade and before an import.</source>
      <translation>النسخ الاحتياطية نسخ من السجل كاملًا في مجلد بيانات المستخدم، تُصنع بوظيفة النسخ الاحتياطي في SQLite. تُصنع نسخة احتياطية دائمًا قبل الترقية وقبل الاستيراد.</translation>
    </message>
    <message>
      <source>Backups are made when the journal closes, regularly while it changes (Settings &gt; Backups), and before upgrades, imports and restores. They are kept in:
{folder}</source>
      <translation>تُصنع النسخ الاحتياطية عند إغلاق السجل، وبانتظام أثناء تغييره (الإعدادات &gt; النسخ الاحتياطية)، وقبل الترقيات وعمليات الاستيراد والاستعادة. وتُحفظ في:
{folder}</translation>
    </message>
    <message>
      <source>Backups will be encrypted to a key of this journal, protected by this passphrase. Only restoring a backup asks for it. Without it, encrypted backups cannot be restored: keep it somewhere safe.</source>
      <translation>ستُشفَّر النسخ الاحتياطية بمفتاح خاص بهذا السجل، محمي بعبارة المرور هذه. لا تُطلب إلا عند استعادة نسخة احتياطية. ومن دونها لا يمكن استعادة النسخ الاحتياطية المشفرة: احفظها في مكان آمن.</translation>
    </message>
    <message>
      <source>Before a restore</source>
      <translation>قبل الاستعادة</translation>
    </message>
    <message>
      <source>Before a schema upgrade</source>
      <translation>قبل ترقية المخطط</translation>
    </message>
    <message>
      <source>Before an import</source>
      <translation>قبل الاستيراد</translation>
    </message>
    <message>
      <source>Brief</source>
      <translation>الموجز</translation>
    </message>
    <message>
      <source>Bring an export into this journal (preview first)</source>
      <translation>جلب ملف تصدير إلى هذا السجل (مع معاينة أولًا)</translation>
    </message>
    <message>
      <source>By</source>
      <translation>الكاتب</translation>
    </message>
    <message>
      <source>By when the goal should be reached</source>
      <translation>الموعد الذي ينبغي أن يتحقق فيه الهدف</translation>
    </message>
    <message>
      <source>C&amp;heck journal…</source>
      <translation>فحص السجل(&amp;H)…</translation>
    </message>
    <message>
      <source>C&amp;ohort / group:</source>
      <translation>الدفعة / المجموعة(&amp;O):</translation>
    </message>
    <message>
      <source>C&amp;ohort:</source>
      <translation>الدفعة(&amp;O):</translation>
    </message>
    <message>
      <source>CSV spreadsheets (*.csv)</source>
      <translation>جداول CSV (*.csv)</translation>
    </message>
    <message>
      <source>Calendar (.ics): next meeting and open action items</source>
      <translation>تقويم (.ics): اللقاء القادم والمهام المفتوحة</translation>
    </message>
    <message>
      <source>Calendar files (*.ics)</source>
      <translation>ملفات التقويم (*.ics)</translation>
    </message>
    <message>
      <source>Can teach others</source>
      <translation>يستطيع تعليم الآخرين</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>إلغاء</translation>
    </message>
    <message>
      <source>Cancelling…</source>
      <translation>جارٍ الإلغاء…</translation>
    </message>
    <message>
      <source>Career</source>
      <translation>المسار المهني</translation>
    </message>
    <message>
      <source>Category</source>
      <translation>الفئة</translation>
    </message>
    <message>
      <source>Chart</source>
      <translation>الرسم البياني</translation>
    </message>
    <message>
      <source>Chart data</source>
      <translation>بيانات الرسم البياني</translation>
    </message>
    <message>
      <source>Chart not saved</source>
      <translation>لم يُحفظ الرسم البياني</translation>
    </message>
    <message>
      <source>Check every page, index and link of the journal</source>
      <translation>فحص كل صفحة وفهرس ورابط في السجل</translation>
    </message>
    <message>
      <source>Check journal</source>
      <translation>فحص السجل</translation>
    </message>
    <message>
      <source>Check report</source>
      <translation>تقرير الفحص</translation>
    </message>
    <message>
      <source>Check-in</source>
      <translation>متابعة</translation>
    </message>
    <message>
      <source>Check-in date</source>
      <translation>تاريخ المتابعة</translation>
    </message>
    <message>
      <source>Check-in {date}, {progress}</source>
      <translation>متابعة {date}، {progress}</translation>
    </message>
    <message>
      <source>Check-ins</source>
      <translation>المتابعات</translation>
    </message>
    <message>
      <source>Check-ins ({n})</source>
      <translation>المتابعات ({n})</translation>
    </message>
    <message>
      <source>Checking the journal… (a few seconds at most)</source>
      <translation>جارٍ فحص السجل… (بضع ثوانٍ على الأكثر)</translation>
    </message>
    <message>
      <source>Checking the passphrase…</source>
      <translation>جارٍ التحقق من عبارة المرور…</translation>
    </message>
    <message>
      <source>Choose a mentee first.</source>
      <translation>اختر متدربًا أولًا.</translation>
    </message>
    <message>
      <source>Choose a mentee on the left to see their page.</source>
      <translation>اختر متدربًا من القائمة لعرض صفحته.</translation>
    </message>
    <message>
      <source>Choose a mentee…</source>
      <translation>اختر متدربًا…</translation>
    </message>
    <message>
      <source>Choose a table for the CSV file.</source>
      <translation>اختر جدولًا لملف CSV.</translation>
    </message>
    <message>
      <source>Choose at least one section.</source>
      <translation>اختر قسمًا واحدًا على الأقل.</translation>
    </message>
    <message>
      <source>Choose the file to import.</source>
      <translation>اختر الملف المراد استيراده.</translation>
    </message>
    <message>
      <source>Choose the mentee this action is for.</source>
      <translation>اختر المتدرب الذي تخصه هذه المهمة.</translation>
    </message>
    <message>
      <source>Choose the mentee this goal is for.</source>
      <translation>اختر المتدرب الذي يخصه هذا الهدف.</translation>
    </message>
    <message>
      <source>Choose the mentee this reflection is about.</source>
      <translation>اختر المتدرب الذي يتناوله هذا التأمل.</translation>
    </message>
    <message>
      <source>Choose where to save the export.</source>
      <translation>اختر مكان حفظ ملف التصدير.</translation>
    </message>
    <message>
      <source>Choose…</source>
      <translation>اختيار…</translation>
    </message>
    <message>
      <source>Chosen mentees, with their whole history:</source>
      <translation>المتدربون المختارون، مع سجلهم الكامل:</translation>
    </message>
    <message>
      <source>Clear</source>
      <translation>مسح</translation>
    </message>
    <message>
      <source>Clear date</source>
      <translation>مسح التاريخ</translation>
    </message>
    <message>
      <source>Clear filters</source>
      <translation>مسح المرشحات</translation>
    </message>
    <message>
      <source>Clear session filters</source>
      <translation>مسح مرشحات الجلسات</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>إغلاق</translation>
    </message>
    <message>
      <source>Close without saving (Esc)</source>
      <translation>إغلاق دون حفظ (Esc)</translation>
    </message>
    <message>
      <source>Co&amp;nsent to record:</source>
      <translation>الموافقة على التدوين(&amp;N):</translation>
    </message>
    <message>
      <source>Cohort</source>
      <translation>الدفعة</translation>
    </message>
    <message>
      <source>Competency framework</source>
      <translation>إطار الكفاءات</translation>
    </message>
    <message>
      <source>Completed</source>
      <translation>أنهى البرنامج</translation>
    </message>
    <message>
      <source>Confidence</source>
      <translation>الثقة</translation>
    </message>
    <message>
      <source>Confidence (1-5)</source>
      <translation>الثقة (1-5)</translation>
    </message>
    <message>
      <source>Confidence at each session</source>
      <translation>الثقة في كل جلسة</translation>
    </message>
    <message>
      <source>Confidence each mentee gave themselves, 1 (low) to 5 (high):</source>
      <translation>الثقة التي منحها كل متدرب لنفسه، من 1 (منخفضة) إلى 5 (عالية):</translation>
    </message>
    <message>
      <source>Confidence of {name}</source>
      <translation>ثقة {name}</translation>
    </message>
    <message>
      <source>Confidence:</source>
      <translation>الثقة:</translation>
    </message>
    <message>
      <source>Confidential: includes private notes</source>
      <translation>سري: يتضمن ملاحظات خاصة</translation>
    </message>
    <message>
      <source>Conflicts</source>
      <translation>التعارضات</translation>
    </message>
    <message>
      <source>Conflicts: {0}</source>
      <translation>التعارضات: {0}</translation>
    </message>
    <message>
      <source>Consent given</source>
      <translation>أُعطيت الموافقة</translation>
    </message>
    <message>
      <source>Consent to record date</source>
      <translation>تاريخ الموافقة على التدوين</translation>
    </message>
    <message>
      <source>Contact</source>
      <translation>التواصل</translation>
    </message>
    <message>
      <source>Contact</source>
      <comment>phone or e-mail</comment>
      <translation>بيانات التواصل</translation>
    </message>
    <message>
      <source>Contents</source>
      <translation>المحتويات</translation>
    </message>
    <message>
      <source>Copied</source>
      <translation>نُسخ</translation>
    </message>
    <message>
      <source>Copied into a new reflection's text when this template is chosen</source>
      <translation>يُنسخ إلى نص التأمل الجديد عند اختيار هذا القالب</translation>
    </message>
    <message>
      <source>Copied into the session's notes, one prompt per line</source>
      <translation>يُنسخ إلى ملاحظات الجلسة، عبارة توجيهية في كل سطر</translation>
    </message>
    <message>
      <source>Ctrl+K: one table, keyboard only</source>
      <translation>Ctrl+K: جدول واحد، بلوحة المفاتيح فقط</translation>
    </message>
    <message>
      <source>Current (active and paused)</source>
      <translation>الحاليون (النشطون والمتوقفون مؤقتًا)</translation>
    </message>
    <message>
      <source>Current passphrase</source>
      <translation>عبارة المرور الحالية</translation>
    </message>
    <message>
      <source>D&amp;escription:</source>
      <translation>الوصف(&amp;E):</translation>
    </message>
    <message>
      <source>D&amp;ue date:</source>
      <translation>تاريخ الاستحقاق(&amp;U):</translation>
    </message>
    <message>
      <source>D&amp;uration:</source>
      <translation>المدة(&amp;U):</translation>
    </message>
    <message>
      <source>Daily backups kept</source>
      <translation>النسخ الاحتياطية اليومية المحتفظ بها</translation>
    </message>
    <message>
      <source>Daily backups kept:</source>
      <translation>النسخ الاحتياطية اليومية المحتفظ بها:</translation>
    </message>
    <message>
      <source>Dark</source>
      <translation>داكنة</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>التاريخ</translation>
    </message>
    <message>
      <source>Date of the rating</source>
      <translation>تاريخ التقييم</translation>
    </message>
    <message>
      <source>Date rated</source>
      <translation>تاريخ التقييم</translation>
    </message>
    <message>
      <source>Days since</source>
      <translation>منذ (أيام)</translation>
    </message>
    <message>
      <source>Days since the last session</source>
      <translation>الأيام منذ آخر جلسة</translation>
    </message>
    <message>
      <source>Days without a session, longer than {n}</source>
      <translation>أيام بلا جلسة، أكثر من {n}</translation>
    </message>
    <message>
      <source>Default days between sessions</source>
      <translation>الأيام الافتراضية بين الجلسات</translation>
    </message>
    <message>
      <source>Default time between sessions</source>
      <translation>المدة الافتراضية بين الجلسات</translation>
    </message>
    <message>
      <source>Delete</source>
      <translation>حذف</translation>
    </message>
    <message>
      <source>Delete action item</source>
      <translation>حذف المهمة</translation>
    </message>
    <message>
      <source>Delete check-in</source>
      <translation>حذف المتابعة</translation>
    </message>
    <message>
      <source>Delete check-in…</source>
      <translation>حذف المتابعة…</translation>
    </message>
    <message>
      <source>Delete goal</source>
      <translation>حذف الهدف</translation>
    </message>
    <message>
      <source>Delete reflection</source>
      <translation>حذف التأمل</translation>
    </message>
    <message>
      <source>Delete session</source>
      <translation>حذف الجلسة</translation>
    </message>
    <message>
      <source>Delete template?</source>
      <translation>حذف القالب؟</translation>
    </message>
    <message>
      <source>Delete the action item “{text}”?</source>
      <translation>حذف المهمة «{text}»؟</translation>
    </message>
    <message>
      <source>Delete the check-in of {date}?</source>
      <translation>حذف متابعة {date}؟</translation>
    </message>
    <message>
      <source>Delete the goal “{title}”?</source>
      <translation>حذف الهدف «{title}»؟</translation>
    </message>
    <message>
      <source>Delete the reflection of {date}?</source>
      <translation>حذف تأمل {date}؟</translation>
    </message>
    <message>
      <source>Delete the session of {date}?</source>
      <translation>حذف جلسة {date}؟</translation>
    </message>
    <message>
      <source>Delete the template “{name}”? Sessions and reflections made from it keep their text.</source>
      <translation>حذف القالب «{name}»؟ تحتفظ الجلسات والتأملات المنشأة منه بنصها.</translation>
    </message>
    <message>
      <source>Delete…</source>
      <translation>حذف…</translation>
    </message>
    <message>
      <source>Details</source>
      <translation>التفاصيل</translation>
    </message>
    <message>
      <source>Discard</source>
      <translation>تجاهل</translation>
    </message>
    <message>
      <source>Discard changes?</source>
      <translation>تجاهل التغييرات؟</translation>
    </message>
    <message>
      <source>Discard drafts?</source>
      <translation>تجاهل المسودات؟</translation>
    </message>
    <message>
      <source>Discard every unsaved draft? What they hold is lost.</source>
      <translation>تجاهل كل مسودة غير محفوظة؟ سيضيع ما تحتويه.</translation>
    </message>
    <message>
      <source>Done</source>
      <translation>أُنجزت</translation>
    </message>
    <message>
      <source>Done date</source>
      <translation>تاريخ الإنجاز</translation>
    </message>
    <message>
      <source>Done on</source>
      <translation>أُنجزت في</translation>
    </message>
    <message>
      <source>Draft kept {time}</source>
      <translation>حُفظت المسودة {time}</translation>
    </message>
    <message>
      <source>Draft kept {time} outside the journal (it cannot be written now)</source>
      <translation>حُفظت المسودة {time} خارج السجل (تتعذر الكتابة فيه الآن)</translation>
    </message>
    <message>
      <source>Dropped</source>
      <translation>متروك</translation>
    </message>
    <message>
      <source>Due</source>
      <translation>مستحق</translation>
    </message>
    <message>
      <source>Due</source>
      <comment>meeting status: time to meet again</comment>
      <translation>مستحق</translation>
    </message>
    <message>
      <source>Due date</source>
      <translation>تاريخ الاستحقاق</translation>
    </message>
    <message>
      <source>Duration</source>
      <translation>المدة</translation>
    </message>
    <message>
      <source>Duration in minutes</source>
      <translation>المدة بالدقائق</translation>
    </message>
    <message>
      <source>Edit</source>
      <translation>تحرير</translation>
    </message>
    <message>
      <source>Edit action item</source>
      <translation>تحرير المهمة</translation>
    </message>
    <message>
      <source>Edit action item — {name}</source>
      <translation>تحرير المهمة — {name}</translation>
    </message>
    <message>
      <source>Edit check-in</source>
      <translation>تحرير المتابعة</translation>
    </message>
    <message>
      <source>Edit check-in — {name}</source>
      <translation>تحرير المتابعة — {name}</translation>
    </message>
    <message>
      <source>Edit check-in…</source>
      <translation>تحرير المتابعة…</translation>
    </message>
    <message>
      <source>Edit goal</source>
      <translation>تحرير الهدف</translation>
    </message>
    <message>
      <source>Edit goal — {name}</source>
      <translation>تحرير الهدف — {name}</translation>
    </message>
    <message>
      <source>Edit mentee</source>
      <translation>تحرير بيانات المتدرب</translation>
    </message>
    <message>
      <source>Edit mentee — {name}</source>
      <translation>تحرير بيانات المتدرب — {name}</translation>
    </message>
    <message>
      <source>Edit mentee…</source>
      <translation>تحرير بيانات المتدرب…</translation>
    </message>
    <message>
      <source>Edit reflection</source>
      <translation>تحرير التأمل</translation>
    </message>
    <message>
      <source>Edit reflection — {name}</source>
      <translation>تحرير التأمل — {name}</translation>
    </message>
    <message>
      <source>Edit session</source>
      <translation>تحرير الجلسة</translation>
    </message>
    <message>
      <source>Edit session — {name}</source>
      <translation>تحرير الجلسة — {name}</translation>
    </message>
    <message>
      <source>Edit…</source>
      <translation>تحرير…</translation>
    </message>
    <message>
      <source>Empty</source>
      <translation>فارغة</translation>
    </message>
    <message>
      <source>Encrypt backups</source>
      <translation>تشفير النسخ الاحتياطية</translation>
    </message>
    <message>
      <source>Encrypt to people's keys (age1…)</source>
      <translation>التشفير بمفاتيح أشخاص (age1…)</translation>
    </message>
    <message>
      <source>Encrypt with a passphrase</source>
      <translation>التشفير بعبارة مرور</translation>
    </message>
    <message>
      <source>Encrypted</source>
      <translation>مشفرة</translation>
    </message>
    <message>
      <source>Enter a number, such as 75.</source>
      <translation>أدخل رقمًا، مثل 75.</translation>
    </message>
    <message>
      <source>Enter a number, such as 8 or 2.5.</source>
      <translation>أدخل رقمًا، مثل 8 أو 2.5.</translation>
    </message>
    <message>
      <source>Enter a passphrase, or press Generate.</source>
      <translation>أدخل عبارة مرور، أو اضغط «توليد».</translation>
    </message>
    <message>
      <source>Enter at least one recipient (age1…).</source>
      <translation>أدخل مستلمًا واحدًا على الأقل (age1…).</translation>
    </message>
    <message>
      <source>Enter the passphrase.</source>
      <translation>أدخل عبارة المرور.</translation>
    </message>
    <message>
      <source>Enter this journal's backup passphrase to open it with the journal's key.</source>
      <translation>أدخل عبارة مرور النسخ الاحتياطية لهذا السجل لفتحه بمفتاح السجل.</translation>
    </message>
    <message>
      <source>Erase for good</source>
      <translation>محو نهائي</translation>
    </message>
    <message>
      <source>Erase mentee</source>
      <translation>محو المتدرب</translation>
    </message>
    <message>
      <source>Erase {name} and everything recorded about them?</source>
      <translation>محو {name} وكل ما دُوِّن عنه؟</translation>
    </message>
    <message>
      <source>Every mentee's sessions, with filters (Ctrl+Shift+S)</source>
      <translation>جلسات كل المتدربين، مع المرشحات (Ctrl+Shift+S)</translation>
    </message>
    <message>
      <source>Every page, index and link between records was checked.</source>
      <translation>فُحصت كل صفحة وكل فهرس وكل رابط بين العناصر.</translation>
    </message>
    <message>
      <source>Every rating of one skill: yours as the mentor (solid) and the mentee's own (dashed). A rating holds until the next one.</source>
      <translation>كل تقييمات مهارة واحدة: تقييماتك بصفتك المرشد (خط متصل) وتقييمات المتدرب لنفسه (خط متقطع). يبقى التقييم ساريًا حتى التقييم التالي.</translation>
    </message>
    <message>
      <source>Everything in this file is already in the journal.</source>
      <translation>كل ما في هذا الملف موجود في السجل بالفعل.</translation>
    </message>
    <message>
      <source>Expected days between sessions</source>
      <translation>الأيام المتوقعة بين الجلسات</translation>
    </message>
    <message>
      <source>Export</source>
      <translation>تصدير</translation>
    </message>
    <message>
      <source>Export file</source>
      <translation>ملف التصدير</translation>
    </message>
    <message>
      <source>Export journal</source>
      <translation>تصدير السجل</translation>
    </message>
    <message>
      <source>Exporting…</source>
      <translation>جارٍ التصدير…</translation>
    </message>
    <message>
      <source>Exports (*.age *.json)</source>
      <translation>ملفات التصدير (*.age *.json)</translation>
    </message>
    <message>
      <source>F&amp;ormat:</source>
      <translation>الصيغة(&amp;O):</translation>
    </message>
    <message>
      <source>Fair: add a word or two.</source>
      <translation>مقبولة: أضف كلمة أو كلمتين.</translation>
    </message>
    <message>
      <source>File to import</source>
      <translation>الملف المراد استيراده</translation>
    </message>
    <message>
      <source>File:</source>
      <translation>الملف:</translation>
    </message>
    <message>
      <source>Fills in the kind, duration, topics and note prompts</source>
      <translation>يملأ النوع والمدة والمواضيع وعبارات الملاحظات التوجيهية</translation>
    </message>
    <message>
      <source>Filter by cohort</source>
      <translation>التصفية حسب الدفعة</translation>
    </message>
    <message>
      <source>Filter by programme</source>
      <translation>التصفية حسب البرنامج</translation>
    </message>
    <message>
      <source>Filter by tag</source>
      <translation>التصفية حسب الوسم</translation>
    </message>
    <message>
      <source>Filter by tag, programme, cohort, last session or overdue action items</source>
      <translation>التصفية حسب الوسم أو البرنامج أو الدفعة أو آخر جلسة أو المهام المتأخرة</translation>
    </message>
    <message>
      <source>Filter mentees</source>
      <translation>تصفية المتدربين</translation>
    </message>
    <message>
      <source>Filter sessions by cohort</source>
      <translation>تصفية الجلسات حسب الدفعة</translation>
    </message>
    <message>
      <source>Filter sessions by mentee name</source>
      <translation>تصفية الجلسات حسب اسم المتدرب</translation>
    </message>
    <message>
      <source>Filter sessions by programme</source>
      <translation>تصفية الجلسات حسب البرنامج</translation>
    </message>
    <message>
      <source>Filter sessions by tag</source>
      <translation>تصفية الجلسات حسب الوسم</translation>
    </message>
    <message>
      <source>Filters</source>
      <translation>المرشحات</translation>
    </message>
    <message>
      <source>Filters ({n})</source>
      <translation>المرشحات ({n})</translation>
    </message>
    <message>
      <source>Find a mentee by name, programme or cohort</source>
      <translation>ابحث عن متدرب بالاسم أو البرنامج أو الدفعة</translation>
    </message>
    <message>
      <source>First and latest rating of each skill ({low} to {high}).</source>
      <translation>أول تقييم وأحدثه لكل مهارة (من {low} إلى {high}).</translation>
    </message>
    <message>
      <source>First rating</source>
      <translation>أول تقييم</translation>
    </message>
    <message>
      <source>For the session of {date}</source>
      <translation>لجلسة {date}</translation>
    </message>
    <message>
      <source>Format</source>
      <translation>الصيغة</translation>
    </message>
    <message>
      <source>From now on, backups are encrypted.</source>
      <translation>من الآن فصاعدًا، تُشفَّر النسخ الاحتياطية.</translation>
    </message>
    <message>
      <source>From session:</source>
      <translation>من جلسة:</translation>
    </message>
    <message>
      <source>Gap over {n} days</source>
      <translation>فجوة تزيد على {n} يوم</translation>
    </message>
    <message>
      <source>Generate</source>
      <translation>توليد</translation>
    </message>
    <message>
      <source>Give the progress in percent, a measured value, or both.</source>
      <translation>أدخل التقدم بالنسبة المئوية، أو قيمة مقيسة، أو كليهما.</translation>
    </message>
    <message>
      <source>Goal</source>
      <translation>الهدف</translation>
    </message>
    <message>
      <source>Goal check-ins</source>
      <translation>متابعات الأهداف</translation>
    </message>
    <message>
      <source>Goal details</source>
      <translation>تفاصيل الهدف</translation>
    </message>
    <message>
      <source>Goal title</source>
      <translation>عنوان الهدف</translation>
    </message>
    <message>
      <source>Goal:</source>
      <translation>الهدف:</translation>
    </message>
    <message>
      <source>Goals</source>
      <translation>الأهداف</translation>
    </message>
    <message>
      <source>Goals achieved</source>
      <translation>الأهداف المحققة</translation>
    </message>
    <message>
      <source>Goals active</source>
      <translation>الأهداف النشطة</translation>
    </message>
    <message>
      <source>Goals and reflections linked to it are kept.</source>
      <translation>تُحتفظ الأهداف والتأملات المرتبطة بها.</translation>
    </message>
    <message>
      <source>Goals progress</source>
      <translation>التقدم في الأهداف</translation>
    </message>
    <message>
      <source>Goals with progress</source>
      <translation>الأهداف مع التقدم</translation>
    </message>
    <message>
      <source>Goals, with the progress chart</source>
      <translation>الأهداف، مع رسم التقدم</translation>
    </message>
    <message>
      <source>Goes by “{name}”</source>
      <translation>يُنادى «{name}»</translation>
    </message>
    <message>
      <source>Good.</source>
      <translation>جيدة.</translation>
    </message>
    <message>
      <source>Group</source>
      <translation>مجموعة</translation>
    </message>
    <message>
      <source>Help</source>
      <translation>مساعدة</translation>
    </message>
    <message>
      <source>Hide everything until the passphrase is typed (Ctrl+L)</source>
      <translation>إخفاء كل شيء حتى تُكتب عبارة المرور (Ctrl+L)</translation>
    </message>
    <message>
      <source>High contrast</source>
      <translation>تباين عالٍ</translation>
    </message>
    <message>
      <source>How confident the mentee felt at each session, from 1 (low) to 5 (high).</source>
      <translation>مدى ثقة المتدرب في كل جلسة، من 1 (منخفضة) إلى 5 (عالية).</translation>
    </message>
    <message>
      <source>How far along the goal is, from 0 to 100 percent</source>
      <translation>مدى التقدم نحو الهدف، من 0 إلى 100 بالمئة</translation>
    </message>
    <message>
      <source>How often you plan to meet; the dashboard warns when a meeting is overdue. 0 uses the journal's default.</source>
      <translation>عدد مرات اللقاء التي تخطط لها؛ تنبّه اللوحة عند تأخر لقاء. 0 يستخدم القيمة الافتراضية للسجل.</translation>
    </message>
    <message>
      <source>How will you both see the progress?</source>
      <translation>كيف سترون أنتما الاثنان التقدم؟</translation>
    </message>
    <message>
      <source>Import</source>
      <translation>استيراد</translation>
    </message>
    <message>
      <source>Imported: {0}.</source>
      <translation>تم الاستيراد: {0}.</translation>
    </message>
    <message>
      <source>Importing…</source>
      <translation>جارٍ الاستيراد…</translation>
    </message>
    <message>
      <source>In progress</source>
      <translation>قيد التنفيذ</translation>
    </message>
    <message>
      <source>Include private notes and private reflections (moving your own journal)</source>
      <translation>تضمين الملاحظات الخاصة والتأملات الخاصة (لنقل سجلك أنت)</translation>
    </message>
    <message>
      <source>Includes private notes: keep this document confidential.</source>
      <translation>يتضمن ملاحظات خاصة: حافظ على سرية هذا المستند.</translation>
    </message>
    <message>
      <source>Independent</source>
      <translation>مستقل</translation>
    </message>
    <message>
      <source>It holds {holds}.</source>
      <translation>يحتوي السجل على: {holds}.</translation>
    </message>
    <message numerus="yes">
      <source>Its %n action item(s) are deleted with it. </source>
      <translation>
        <numerusform>تُحذف معها مهامها (%Ln). </numerusform>
        <numerusform>تُحذف معها مهمتها. </numerusform>
        <numerusform>تُحذف معها مهمتاها. </numerusform>
        <numerusform>تُحذف معها مهامها الـ%Ln. </numerusform>
        <numerusform>تُحذف معها مهامها (%Ln). </numerusform>
        <numerusform>تُحذف معها مهامها (%Ln). </numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Its %n check-in(s) are deleted with it.</source>
      <translation>
        <numerusform>تُحذف معه متابعاته (%Ln).</numerusform>
        <numerusform>تُحذف معه متابعته.</numerusform>
        <numerusform>تُحذف معه متابعتاه.</numerusform>
        <numerusform>تُحذف معه متابعاته الـ%Ln.</numerusform>
        <numerusform>تُحذف معه متابعاته (%Ln).</numerusform>
        <numerusform>تُحذف معه متابعاته (%Ln).</numerusform>
      </translation>
    </message>
    <message>
      <source>Journal &amp;owner…</source>
      <translation>صاحب السجل(&amp;O)…</translation>
    </message>
    <message>
      <source>Journal default ({days} days)</source>
      <translation>الافتراضي للسجل ({days} يوم)</translation>
    </message>
    <message>
      <source>Journal file</source>
      <translation>ملف السجل</translation>
    </message>
    <message>
      <source>Journal file:</source>
      <translation>ملف السجل:</translation>
    </message>
    <message>
      <source>Journal file: {path}</source>
      <translation>ملف السجل: {path}</translation>
    </message>
    <message>
      <source>Journal passphrase</source>
      <translation>عبارة مرور السجل</translation>
    </message>
    <message>
      <source>Keep both (add the file's version as a copy)</source>
      <translation>الاحتفاظ بالاثنتين (إضافة نسخة الملف بوصفها نسخة إضافية)</translation>
    </message>
    <message>
      <source>Keep the drafts and ask again at the next start</source>
      <translation>الاحتفاظ بالمسودات والسؤال مجددًا عند التشغيل القادم</translation>
    </message>
    <message>
      <source>Keep the newer version</source>
      <translation>الاحتفاظ بالنسخة الأحدث</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>النوع</translation>
    </message>
    <message>
      <source>Kind of session</source>
      <translation>نوع الجلسة</translation>
    </message>
    <message>
      <source>Labels to find and filter sessions by; existing tags are suggested</source>
      <translation>تسميات للبحث عن الجلسات وتصفيتها؛ تُقترح الوسوم الموجودة</translation>
    </message>
    <message>
      <source>Labels to find and group goals by; existing tags are suggested</source>
      <translation>تسميات للبحث عن الأهداف وتجميعها؛ تُقترح الوسوم الموجودة</translation>
    </message>
    <message>
      <source>Labels to find and group mentees by; existing tags are suggested</source>
      <translation>تسميات للبحث عن المتدربين وتجميعهم؛ تُقترح الوسوم الموجودة</translation>
    </message>
    <message>
      <source>Labels to find reflections by; existing tags are suggested</source>
      <translation>تسميات للبحث عن التأملات؛ تُقترح الوسوم الموجودة</translation>
    </message>
    <message>
      <source>Language</source>
      <translation>اللغة</translation>
    </message>
    <message>
      <source>Language and theme apply the next time the app starts.</source>
      <translation>تُطبَّق اللغة والسمة عند تشغيل التطبيق في المرة القادمة.</translation>
    </message>
    <message>
      <source>Last 12 months</source>
      <translation>آخر 12 شهرًا</translation>
    </message>
    <message>
      <source>Last 3 months</source>
      <translation>آخر 3 أشهر</translation>
    </message>
    <message>
      <source>Last 6 months</source>
      <translation>آخر 6 أشهر</translation>
    </message>
    <message>
      <source>Last mentor rating</source>
      <translation>آخر تقييم من المرشد</translation>
    </message>
    <message>
      <source>Last rating</source>
      <translation>آخر تقييم</translation>
    </message>
    <message>
      <source>Last self-rating</source>
      <translation>آخر تقييم ذاتي</translation>
    </message>
    <message>
      <source>Last session</source>
      <translation>آخر جلسة</translation>
    </message>
    <message>
      <source>Last session from</source>
      <translation>آخر جلسة من</translation>
    </message>
    <message>
      <source>Last session today</source>
      <translation>آخر جلسة اليوم</translation>
    </message>
    <message>
      <source>Last session until</source>
      <translation>آخر جلسة حتى</translation>
    </message>
    <message>
      <source>Latest rating</source>
      <translation>أحدث تقييم</translation>
    </message>
    <message>
      <source>Latest reflections</source>
      <translation>أحدث التأملات</translation>
    </message>
    <message>
      <source>Learner</source>
      <translation>المتعلم</translation>
    </message>
    <message>
      <source>Level</source>
      <translation>المستوى</translation>
    </message>
    <message>
      <source>Light</source>
      <translation>فاتحة</translation>
    </message>
    <message>
      <source>Linked session</source>
      <translation>الجلسة المرتبطة</translation>
    </message>
    <message>
      <source>Lock after &amp;idle time:</source>
      <translation>القفل بعد مدة خمول(&amp;I):</translation>
    </message>
    <message>
      <source>Lock after idle (minutes, 0 = never)</source>
      <translation>القفل بعد الخمول (بالدقائق، 0 = أبدًا)</translation>
    </message>
    <message>
      <source>M — Measurable</source>
      <translation>M — قابل للقياس</translation>
    </message>
    <message>
      <source>Made</source>
      <translation>تاريخ الإنشاء</translation>
    </message>
    <message>
      <source>Main</source>
      <translation>الرئيسي</translation>
    </message>
    <message>
      <source>Mark done</source>
      <translation>تعليم كمُنجزة</translation>
    </message>
    <message>
      <source>Markdown (*.md)</source>
      <translation>Markdown (*.md)</translation>
    </message>
    <message>
      <source>Markdown text</source>
      <translation>نص Markdown</translation>
    </message>
    <message>
      <source>Mea&amp;sure:</source>
      <translation>المقياس(&amp;S):</translation>
    </message>
    <message>
      <source>Measured</source>
      <translation>القيمة المقيسة</translation>
    </message>
    <message>
      <source>Measured by</source>
      <translation>يُقاس بـ</translation>
    </message>
    <message>
      <source>Measured value</source>
      <translation>القيمة المقيسة</translation>
    </message>
    <message>
      <source>Meet &amp;every:</source>
      <translation>اللقاء كل(&amp;E):</translation>
    </message>
    <message>
      <source>Meetings</source>
      <translation>اللقاءات</translation>
    </message>
    <message>
      <source>Meets every</source>
      <translation>يلتقي كل</translation>
    </message>
    <message>
      <source>Mentee</source>
      <translation>المتدرب</translation>
    </message>
    <message>
      <source>Mentee erased.</source>
      <translation>مُحي المتدرب.</translation>
    </message>
    <message>
      <source>Mentee name</source>
      <translation>اسم المتدرب</translation>
    </message>
    <message>
      <source>Mentee overview</source>
      <translation>نظرة عامة على المتدرب</translation>
    </message>
    <message>
      <source>Mentee page</source>
      <translation>صفحة المتدرب</translation>
    </message>
    <message>
      <source>Mentee's own rating</source>
      <translation>تقييم المتدرب لنفسه</translation>
    </message>
    <message>
      <source>Mentee:</source>
      <translation>المتدرب:</translation>
    </message>
    <message>
      <source>Mentees</source>
      <translation>المتدربون</translation>
    </message>
    <message>
      <source>Mentees by how long since the last session</source>
      <translation>المتدربون حسب المدة منذ آخر جلسة</translation>
    </message>
    <message>
      <source>Mentees to export</source>
      <translation>المتدربون المراد تصديرهم</translation>
    </message>
    <message>
      <source>Mentees who attended</source>
      <translation>المتدربون الحاضرون</translation>
    </message>
    <message>
      <source>Mentees whose last session was on or after this date</source>
      <translation>المتدربون الذين كانت آخر جلسة لهم في هذا التاريخ أو بعده</translation>
    </message>
    <message>
      <source>Mentees whose last session was on or before this date</source>
      <translation>المتدربون الذين كانت آخر جلسة لهم في هذا التاريخ أو قبله</translation>
    </message>
    <message>
      <source>Mentor</source>
      <translation>المرشد</translation>
    </message>
    <message>
      <source>Mentor Journal</source>
      <translation>Mentor Journal</translation>
    </message>
    <message>
      <source>Mentor Journal files (*.sqlite *.db);;All files (*)</source>
      <translation>ملفات Mentor Journal (*.sqlite *.db);;كل الملفات (*)</translation>
    </message>
    <message>
      <source>Mentor Journal is locked</source>
      <translation>Mentor Journal مقفل</translation>
    </message>
    <message>
      <source>Mentor Journal ran into a problem it did not expect.</source>
      <translation>واجه Mentor Journal مشكلة غير متوقعة.</translation>
    </message>
    <message>
      <source>Mentor Journal ran into {n} problems it did not expect.</source>
      <translation>واجه Mentor Journal مشكلات غير متوقعة ({n}).</translation>
    </message>
    <message>
      <source>Mentor's rating</source>
      <translation>تقييم المرشد</translation>
    </message>
    <message>
      <source>Mentoring</source>
      <translation>الإرشاد</translation>
    </message>
    <message>
      <source>Mentoring session: {name}</source>
      <translation>جلسة إرشاد: {name}</translation>
    </message>
    <message>
      <source>Mentoring summaries</source>
      <translation>ملخصات الإرشاد</translation>
    </message>
    <message>
      <source>Mentoring summary: {name}</source>
      <translation>ملخص الإرشاد: {name}</translation>
    </message>
    <message>
      <source>Month</source>
      <translation>الشهر</translation>
    </message>
    <message>
      <source>More than {n} sessions</source>
      <translation>أكثر من {n} جلسات</translation>
    </message>
    <message>
      <source>Move &amp;up</source>
      <translation>نقل لأعلى(&amp;U)</translation>
    </message>
    <message>
      <source>Move do&amp;wn</source>
      <translation>نقل لأسفل(&amp;W)</translation>
    </message>
    <message>
      <source>N&amp;ote prompts:</source>
      <translation>عبارات الملاحظات التوجيهية(&amp;O):</translation>
    </message>
    <message>
      <source>N&amp;otes:</source>
      <translation>الملاحظات(&amp;O):</translation>
    </message>
    <message>
      <source>Never</source>
      <translation>أبدًا</translation>
    </message>
    <message>
      <source>Never met</source>
      <translation>لم يُلتقَ به قط</translation>
    </message>
    <message>
      <source>New</source>
      <translation>جديد</translation>
    </message>
    <message>
      <source>New &amp;action item…</source>
      <translation>مهمة جديدة(&amp;A)…</translation>
    </message>
    <message>
      <source>New &amp;goal…</source>
      <translation>هدف جديد(&amp;G)…</translation>
    </message>
    <message>
      <source>New &amp;mentee…</source>
      <translation>متدرب جديد(&amp;M)…</translation>
    </message>
    <message>
      <source>New &amp;reflection…</source>
      <translation>تأمل جديد(&amp;R)…</translation>
    </message>
    <message>
      <source>New &amp;session…</source>
      <translation>جلسة جديدة(&amp;S)…</translation>
    </message>
    <message>
      <source>New action item</source>
      <translation>مهمة جديدة</translation>
    </message>
    <message>
      <source>New action item — {name}</source>
      <translation>مهمة جديدة — {name}</translation>
    </message>
    <message>
      <source>New action item…</source>
      <translation>مهمة جديدة…</translation>
    </message>
    <message>
      <source>New backups are encrypted to this journal's key; restoring one asks for its passphrase. Key: {recipient}</source>
      <translation>تُشفَّر النسخ الاحتياطية الجديدة بمفتاح هذا السجل؛ وتطلب استعادة أي منها عبارة مرورها. المفتاح: {recipient}</translation>
    </message>
    <message>
      <source>New backups are not encrypted.</source>
      <translation>النسخ الاحتياطية الجديدة غير مشفرة.</translation>
    </message>
    <message>
      <source>New check-in</source>
      <translation>متابعة جديدة</translation>
    </message>
    <message>
      <source>New check-in — {name}</source>
      <translation>متابعة جديدة — {name}</translation>
    </message>
    <message>
      <source>New goal</source>
      <translation>هدف جديد</translation>
    </message>
    <message>
      <source>New goal — {name}</source>
      <translation>هدف جديد — {name}</translation>
    </message>
    <message>
      <source>New goal…</source>
      <translation>هدف جديد…</translation>
    </message>
    <message>
      <source>New mentee</source>
      <translation>متدرب جديد</translation>
    </message>
    <message>
      <source>New passphrase</source>
      <translation>عبارة المرور الجديدة</translation>
    </message>
    <message>
      <source>New passphrase &amp;again:</source>
      <translation>عبارة المرور الجديدة مرة أخرى(&amp;A):</translation>
    </message>
    <message>
      <source>New passphrase again</source>
      <translation>عبارة المرور الجديدة مرة أخرى</translation>
    </message>
    <message>
      <source>New rating</source>
      <translation>تقييم جديد</translation>
    </message>
    <message>
      <source>New reflection</source>
      <translation>تأمل جديد</translation>
    </message>
    <message>
      <source>New reflection template</source>
      <translation>قالب تأمل جديد</translation>
    </message>
    <message>
      <source>New reflection — {name}</source>
      <translation>تأمل جديد — {name}</translation>
    </message>
    <message>
      <source>New reflection…</source>
      <translation>تأمل جديد…</translation>
    </message>
    <message>
      <source>New session</source>
      <translation>جلسة جديدة</translation>
    </message>
    <message>
      <source>New session template</source>
      <translation>قالب جلسة جديد</translation>
    </message>
    <message>
      <source>New session — {name}</source>
      <translation>جلسة جديدة — {name}</translation>
    </message>
    <message>
      <source>New session…</source>
      <translation>جلسة جديدة…</translation>
    </message>
    <message>
      <source>New skill</source>
      <translation>مهارة جديدة</translation>
    </message>
    <message>
      <source>Next meeting</source>
      <translation>اللقاء القادم</translation>
    </message>
    <message>
      <source>Next meeting date</source>
      <translation>تاريخ اللقاء القادم</translation>
    </message>
    <message>
      <source>Next meeting: {date}</source>
      <translation>اللقاء القادم: {date}</translation>
    </message>
    <message>
      <source>Next meeting: {when}</source>
      <translation>اللقاء القادم: {when}</translation>
    </message>
    <message>
      <source>Next steps</source>
      <translation>الخطوات التالية</translation>
    </message>
    <message>
      <source>No action items were agreed in this session.</source>
      <translation>لم يُتفق على أي مهام في هذه الجلسة.</translation>
    </message>
    <message>
      <source>No action items yet — add one here, or agree them when you log a session (Ctrl+N).</source>
      <translation>لا مهام بعد — أضف واحدة هنا، أو اتفق عليها مع المتدرب عند تسجيل جلسة (Ctrl+N).</translation>
    </message>
    <message>
      <source>No active goals.</source>
      <translation>لا أهداف نشطة.</translation>
    </message>
    <message>
      <source>No active mentees. Add a mentee or set one to Active.</source>
      <translation>لا متدربين نشطين. أضف متدربًا أو اجعل أحدهم «نشطًا».</translation>
    </message>
    <message>
      <source>No backup could be restored.</source>
      <translation>تعذرت استعادة أي نسخة احتياطية.</translation>
    </message>
    <message>
      <source>No backup: {e}</source>
      <translation>لا نسخة احتياطية: {e}</translation>
    </message>
    <message>
      <source>No check-ins yet — add one to record progress.</source>
      <translation>لا متابعات بعد — أضف واحدة لتسجيل التقدم.</translation>
    </message>
    <message>
      <source>No check-ins yet — record progress on a goal to see it here.</source>
      <translation>لا متابعات بعد — سجّل تقدمًا في هدف لتراه هنا.</translation>
    </message>
    <message>
      <source>No confidence ratings yet — ask the mentee at the next session to see it here.</source>
      <translation>لا تقييمات للثقة بعد — اسأل المتدرب في الجلسة القادمة لتراها هنا.</translation>
    </message>
    <message>
      <source>No encryption (plain JSON)</source>
      <translation>بلا تشفير (JSON عادي)</translation>
    </message>
    <message>
      <source>No goals yet — press Ctrl+G to set the first one.</source>
      <translation>لا أهداف بعد — اضغط Ctrl+G لتحديد أول هدف.</translation>
    </message>
    <message>
      <source>No goals.</source>
      <translation>لا أهداف.</translation>
    </message>
    <message>
      <source>No log file could be written.</source>
      <translation>تعذرت كتابة ملف التسجيل.</translation>
    </message>
    <message>
      <source>No mentee matches these filters.
Clear them, or choose “All mentees”.</source>
      <translation>لا يوجد متدرب يطابق هذه المرشحات.
امسحها، أو اختر «جميع المتدربين».</translation>
    </message>
    <message>
      <source>No mentees yet.</source>
      <translation>لا متدربين بعد.</translation>
    </message>
    <message>
      <source>No mentees yet.
Press Ctrl+Shift+M to add your first mentee.</source>
      <translation>لا متدربين بعد.
اضغط Ctrl+Shift+M لإضافة أول متدرب.</translation>
    </message>
    <message>
      <source>No mentor ratings yet</source>
      <translation>لا تقييمات من المرشد بعد</translation>
    </message>
    <message>
      <source>No new skill ratings since the last session.</source>
      <translation>لا تقييمات مهارات جديدة منذ آخر جلسة.</translation>
    </message>
    <message>
      <source>No new skill ratings.</source>
      <translation>لا تقييمات مهارات جديدة.</translation>
    </message>
    <message>
      <source>No particular session</source>
      <translation>لا جلسة بعينها</translation>
    </message>
    <message>
      <source>No private notes.</source>
      <translation>لا ملاحظات خاصة.</translation>
    </message>
    <message>
      <source>No programme set</source>
      <translation>لم يُحدَّد برنامج</translation>
    </message>
    <message>
      <source>No reflections in this period.</source>
      <translation>لا تأملات في هذه الفترة.</translation>
    </message>
    <message>
      <source>No reflections yet — press Ctrl+R to write one.</source>
      <translation>لا تأملات بعد — اضغط Ctrl+R لكتابة تأمل.</translation>
    </message>
    <message>
      <source>No reflections yet.</source>
      <translation>لا تأملات بعد.</translation>
    </message>
    <message>
      <source>No self ratings yet</source>
      <translation>لا تقييمات ذاتية بعد</translation>
    </message>
    <message>
      <source>No session matches these filters.</source>
      <translation>لا توجد جلسة تطابق هذه المرشحات.</translation>
    </message>
    <message>
      <source>No session since {day}</source>
      <translation>لا جلسة منذ {day}</translation>
    </message>
    <message>
      <source>No session yet</source>
      <translation>لا جلسات بعد</translation>
    </message>
    <message>
      <source>No session yet.</source>
      <translation>لا جلسات بعد.</translation>
    </message>
    <message>
      <source>No sessions in this period.</source>
      <translation>لا جلسات في هذه الفترة.</translation>
    </message>
    <message>
      <source>No sessions yet — log a session with this mentee to see it here.</source>
      <translation>لا جلسات بعد — سجّل جلسة مع هذا المتدرب لتراها هنا.</translation>
    </message>
    <message>
      <source>No sessions yet — press Ctrl+N to log the first one.</source>
      <translation>لا جلسات بعد — اضغط Ctrl+N لتسجيل أول جلسة.</translation>
    </message>
    <message>
      <source>No skill ratings yet — rate the mentee's skills to see their progress here.</source>
      <translation>لا تقييمات مهارات بعد — قيّم مهارات المتدرب لترى تقدمه هنا.</translation>
    </message>
    <message>
      <source>No skill ratings.</source>
      <translation>لا تقييمات مهارات.</translation>
    </message>
    <message>
      <source>No tags</source>
      <translation>لا وسوم</translation>
    </message>
    <message>
      <source>No template</source>
      <translation>بلا قالب</translation>
    </message>
    <message>
      <source>Not available: {0}. Everything else works without it.</source>
      <translation>غير متاح: {0}. كل ما عداه يعمل من دونه.</translation>
    </message>
    <message>
      <source>Not available: {why}.</source>
      <translation>غير متاح: {why}.</translation>
    </message>
    <message>
      <source>Not rated</source>
      <translation>غير مُقيَّم</translation>
    </message>
    <message>
      <source>Not recorded</source>
      <translation>غير مُدوَّن</translation>
    </message>
    <message>
      <source>Not set</source>
      <translation>غير محدد</translation>
    </message>
    <message>
      <source>Not started</source>
      <translation>لم يبدأ</translation>
    </message>
    <message>
      <source>Not yet</source>
      <translation>ليس بعد</translation>
    </message>
    <message>
      <source>Note</source>
      <translation>ملاحظة</translation>
    </message>
    <message>
      <source>Notes</source>
      <translation>الملاحظات</translation>
    </message>
    <message>
      <source>Notes of the last session</source>
      <translation>ملاحظات آخر جلسة</translation>
    </message>
    <message>
      <source>Nothing found.</source>
      <translation>لم يُعثر على شيء.</translation>
    </message>
    <message>
      <source>Nothing here yet.</source>
      <translation>لا شيء هنا بعد.</translation>
    </message>
    <message>
      <source>Nothing open.</source>
      <translation>لا شيء مفتوح.</translation>
    </message>
    <message>
      <source>Nothing to save: type a rating (1 to 5) for at least one skill.</source>
      <translation>لا شيء للحفظ: اكتب تقييمًا (من 1 إلى 5) لمهارة واحدة على الأقل.</translation>
    </message>
    <message>
      <source>OK</source>
      <translation>موافق</translation>
    </message>
    <message>
      <source>Off by default: anyone using this computer could then use them.</source>
      <translation>معطّل افتراضيًا: إذ يستطيع حينها أي شخص يستخدم هذا الحاسوب استخدامها.</translation>
    </message>
    <message>
      <source>On closing</source>
      <translation>عند الإغلاق</translation>
    </message>
    <message>
      <source>On track</source>
      <translation>في الموعد</translation>
    </message>
    <message>
      <source>On track: seen within their cadence · Due: a meeting is due · Overdue: more than half a cadence late, or never met. Enter opens a mentee.</source>
      <translation>في الموعد: التقى به ضمن وتيرته · مستحق: حان موعد لقاء · متأخر: تأخر أكثر من نصف المدة، أو لم يُلتقَ به قط. يفتح Enter صفحة المتدرب.</translation>
    </message>
    <message>
      <source>One prompt per line, e.g.
What went well:</source>
      <translation>عبارة توجيهية في كل سطر، مثل:
ما الذي سار جيدًا:</translation>
    </message>
    <message>
      <source>One skill over time</source>
      <translation>مهارة واحدة عبر الزمن</translation>
    </message>
    <message>
      <source>One-to-one</source>
      <translation>فردية</translation>
    </message>
    <message>
      <source>One-to-one, group, peer, workplace visit or virtual</source>
      <translation>فردية، أو جماعية، أو بين الأقران، أو زيارة موقع العمل، أو عن بُعد</translation>
    </message>
    <message>
      <source>Only for files encrypted to a key</source>
      <translation>فقط للملفات المشفرة بمفتاح</translation>
    </message>
    <message>
      <source>Only for you, e.g. seemed tired; ask about the new job</source>
      <translation>لك وحدك، مثل: بدا متعبًا؛ اسأله عن العمل الجديد</translation>
    </message>
    <message>
      <source>Only for you: left out of summaries and exports unless you choose to include them.</source>
      <translation>لك وحدك: تُستبعد من الملخصات وعمليات التصدير ما لم تختر تضمينها.</translation>
    </message>
    <message>
      <source>Only the best are shown: add words to narrow it.</source>
      <translation>تُعرض أفضل النتائج فقط: أضف كلمات لتضييق البحث.</translation>
    </message>
    <message>
      <source>Only with overdue action items</source>
      <translation>فقط من لديهم مهام متأخرة</translation>
    </message>
    <message>
      <source>Open</source>
      <translation>مفتوحة</translation>
    </message>
    <message>
      <source>Open</source>
      <comment>button: open the chosen file</comment>
      <translation>فتح</translation>
    </message>
    <message>
      <source>Open</source>
      <comment>button: open the selected entry</comment>
      <translation>فتح</translation>
    </message>
    <message>
      <source>Open (dashed)</source>
      <translation>مفتوح (خط متقطع)</translation>
    </message>
    <message>
      <source>Open action items</source>
      <translation>المهام المفتوحة</translation>
    </message>
    <message>
      <source>Open actions</source>
      <translation>المهام المفتوحة</translation>
    </message>
    <message>
      <source>Open another journal</source>
      <translation>فتح سجل آخر</translation>
    </message>
    <message>
      <source>Open {name} (Enter)</source>
      <translation>فتح {name} (Enter)</translation>
    </message>
    <message>
      <source>Opening {name}…</source>
      <translation>جارٍ فتح صفحة {name}…</translation>
    </message>
    <message>
      <source>Optionally, the session this reflection is about</source>
      <translation>اختياريًا، الجلسة التي يتناولها هذا التأمل</translation>
    </message>
    <message>
      <source>Overdue</source>
      <translation>متأخر</translation>
    </message>
    <message>
      <source>Overdue action items</source>
      <translation>المهام المتأخرة</translation>
    </message>
    <message>
      <source>Overdue items</source>
      <translation>عناصر متأخرة</translation>
    </message>
    <message>
      <source>Overview</source>
      <translation>نظرة عامة</translation>
    </message>
    <message>
      <source>P&amp;rogramme / trade:</source>
      <translation>البرنامج / المهنة(&amp;R):</translation>
    </message>
    <message>
      <source>P&amp;rogramme report…</source>
      <translation>تقرير البرنامج(&amp;R)…</translation>
    </message>
    <message>
      <source>PDF document</source>
      <translation>مستند PDF</translation>
    </message>
    <message>
      <source>PDF documents (*.pdf)</source>
      <translation>مستندات PDF (*.pdf)</translation>
    </message>
    <message>
      <source>PNG image (*.png)</source>
      <translation>صورة PNG (*.png)</translation>
    </message>
    <message>
      <source>Pa&amp;per:</source>
      <translation>الورق(&amp;P):</translation>
    </message>
    <message>
      <source>Page {page} of {pages}</source>
      <translation>الصفحة {page} من {pages}</translation>
    </message>
    <message>
      <source>Paper size</source>
      <translation>حجم الورق</translation>
    </message>
    <message>
      <source>Parts of the search index that keep it up to date were missing; they are back and the index has been rebuilt.</source>
      <translation>كانت أجزاء فهرس البحث التي تُبقيه محدَّثًا مفقودة؛ أُعيدت، وأُعيد بناء الفهرس.</translation>
    </message>
    <message>
      <source>Passphrase</source>
      <translation>عبارة المرور</translation>
    </message>
    <message>
      <source>Passphrase:</source>
      <translation>عبارة المرور:</translation>
    </message>
    <message>
      <source>Paused</source>
      <translation>متوقف مؤقتًا</translation>
    </message>
    <message>
      <source>Peer</source>
      <translation>بين الأقران</translation>
    </message>
    <message>
      <source>Per skill, the first rating (hatched) above the latest (solid); the number is the change in steps of the scale.</source>
      <translation>لكل مهارة، أول تقييم (مظلل) فوق أحدث تقييم (متصل)؛ والرقم هو التغير بدرجات المقياس.</translation>
    </message>
    <message>
      <source>Percent done at each check-in. Solid lines: achieved goals; dashed: open ones. A diamond marks the target date.</source>
      <translation>نسبة الإنجاز في كل متابعة. الخطوط المتصلة: أهداف تحققت؛ المتقطعة: أهداف مفتوحة. يشير المُعيَّن إلى التاريخ المستهدف.</translation>
    </message>
    <message>
      <source>Period</source>
      <translation>الفترة</translation>
    </message>
    <message>
      <source>Period from</source>
      <translation>الفترة من</translation>
    </message>
    <message>
      <source>Period to</source>
      <translation>الفترة إلى</translation>
    </message>
    <message>
      <source>Period: all records</source>
      <translation>الفترة: كل العناصر</translation>
    </message>
    <message>
      <source>Period: since {start}</source>
      <translation>الفترة: منذ {start}</translation>
    </message>
    <message>
      <source>Period: until {end}</source>
      <translation>الفترة: حتى {end}</translation>
    </message>
    <message>
      <source>Period: {start} – {end}</source>
      <translation>الفترة: {start} – {end}</translation>
    </message>
    <message>
      <source>Personal</source>
      <translation>شخصي</translation>
    </message>
    <message>
      <source>Phone or e-mail, e.g. 0911 234 567</source>
      <translation>هاتف أو بريد إلكتروني، مثل 0911 234 567</translation>
    </message>
    <message>
      <source>Pre-meeting brief</source>
      <translation>موجز ما قبل اللقاء</translation>
    </message>
    <message>
      <source>Pre-meeting brief: {name}</source>
      <translation>موجز ما قبل اللقاء: {name}</translation>
    </message>
    <message>
      <source>Preferred name</source>
      <translation>الاسم المفضل</translation>
    </message>
    <message>
      <source>Prepared {date}</source>
      <translation>أُعدّ في {date}</translation>
    </message>
    <message>
      <source>Prepared {date} by {who}</source>
      <translation>أُعدّ في {date} من قِبل {who}</translation>
    </message>
    <message>
      <source>Print brief…</source>
      <translation>طباعة الموجز…</translation>
    </message>
    <message>
      <source>Print preview</source>
      <translation>معاينة الطباعة</translation>
    </message>
    <message>
      <source>Print the brief (Ctrl+P)</source>
      <translation>طباعة الموجز (Ctrl+P)</translation>
    </message>
    <message>
      <source>Privacy</source>
      <translation>الخصوصية</translation>
    </message>
    <message>
      <source>Private</source>
      <translation>خاص</translation>
    </message>
    <message>
      <source>Private note</source>
      <translation>ملاحظة خاصة</translation>
    </message>
    <message>
      <source>Private notes</source>
      <translation>ملاحظات خاصة</translation>
    </message>
    <message>
      <source>Private notes WILL be in this file. Share it only with someone allowed to read them; the file says it is confidential.</source>
      <translation>ستكون الملاحظات الخاصة في هذا الملف. لا تشاركه إلا مع شخص مسموح له بقراءتها؛ ويذكر الملف أنه سري.</translation>
    </message>
    <message>
      <source>Private notes, private session notes and private reflections are left out of this file.</source>
      <translation>تُستبعد من هذا الملف الملاحظات الخاصة وملاحظات الجلسات الخاصة والتأملات الخاصة.</translation>
    </message>
    <message>
      <source>Private: left out of summaries and exports unless you include them</source>
      <translation>خاص: يُستبعد من الملخصات وعمليات التصدير ما لم تضمّنه</translation>
    </message>
    <message>
      <source>Private: left out of summaries and exports.</source>
      <translation>خاص: يُستبعد من الملخصات وعمليات التصدير.</translation>
    </message>
    <message>
      <source>Private: not shown in summaries or exports by default</source>
      <translation>خاص: لا يظهر في الملخصات وعمليات التصدير افتراضيًا</translation>
    </message>
    <message>
      <source>Problem</source>
      <translation>مشكلة</translation>
    </message>
    <message>
      <source>Problems</source>
      <translation>مشكلات</translation>
    </message>
    <message>
      <source>Profile</source>
      <translation>الملف الشخصي</translation>
    </message>
    <message>
      <source>Programme</source>
      <translation>البرنامج</translation>
    </message>
    <message>
      <source>Programme &amp;dashboard</source>
      <translation>لوحة البرنامج(&amp;D)</translation>
    </message>
    <message>
      <source>Programme / cohort</source>
      <translation>البرنامج / الدفعة</translation>
    </message>
    <message>
      <source>Programme dashboard</source>
      <translation>لوحة البرنامج</translation>
    </message>
    <message>
      <source>Programme report</source>
      <translation>تقرير البرنامج</translation>
    </message>
    <message>
      <source>Programme report (one line per mentee)</source>
      <translation>تقرير البرنامج (سطر لكل متدرب)</translation>
    </message>
    <message>
      <source>Progress</source>
      <translation>التقدم</translation>
    </message>
    <message>
      <source>Progress in percent</source>
      <translation>التقدم بالنسبة المئوية</translation>
    </message>
    <message>
      <source>Progress of {goal}</source>
      <translation>التقدم في {goal}</translation>
    </message>
    <message>
      <source>Progress on goals</source>
      <translation>التقدم في الأهداف</translation>
    </message>
    <message>
      <source>Progress on goals: percent done at each check-in in the period.</source>
      <translation>التقدم نحو الأهداف: نسبة الإنجاز في كل متابعة خلال الفترة.</translation>
    </message>
    <message>
      <source>Progress:</source>
      <translation>التقدم:</translation>
    </message>
    <message>
      <source>Prompts (optional)</source>
      <translation>عبارات توجيهية (اختيارية)</translation>
    </message>
    <message>
      <source>Protecting the key with the passphrase…</source>
      <translation>جارٍ حماية المفتاح بعبارة المرور…</translation>
    </message>
    <message>
      <source>Protection</source>
      <translation>الحماية</translation>
    </message>
    <message>
      <source>Puts its prompts into the reflection</source>
      <translation>يضع عباراته التوجيهية في التأمل</translation>
    </message>
    <message>
      <source>Qt {qt} · PySide {pyside} · Python {python}</source>
      <translation>Qt {qt} · PySide {pyside} · Python {python}</translation>
    </message>
    <message>
      <source>R — Relevant</source>
      <translation>R — وثيق الصلة</translation>
    </message>
    <message>
      <source>Rate s&amp;kills…</source>
      <translation>تقييم المهارات(&amp;K)…</translation>
    </message>
    <message>
      <source>Rate skills</source>
      <translation>تقييم المهارات</translation>
    </message>
    <message>
      <source>Rate skills for this session</source>
      <translation>تقييم المهارات في هذه الجلسة</translation>
    </message>
    <message>
      <source>Rate skills for this session…</source>
      <translation>تقييم المهارات في هذه الجلسة…</translation>
    </message>
    <message>
      <source>Rate skills — {name}</source>
      <translation>تقييم المهارات — {name}</translation>
    </message>
    <message>
      <source>Rate skills…</source>
      <translation>تقييم المهارات…</translation>
    </message>
    <message>
      <source>Rate the mentee on the skills of the framework (Ctrl+K)</source>
      <translation>تقييم المتدرب على مهارات الإطار (Ctrl+K)</translation>
    </message>
    <message>
      <source>Rated by</source>
      <translation>المُقيِّم</translation>
    </message>
    <message>
      <source>Rated by:</source>
      <translation>المُقيِّم:</translation>
    </message>
    <message>
      <source>Rating</source>
      <translation>التقييم</translation>
    </message>
    <message>
      <source>Rating by the mentee</source>
      <translation>تقييم المتدرب</translation>
    </message>
    <message>
      <source>Rating by the mentor</source>
      <translation>تقييم المرشد</translation>
    </message>
    <message>
      <source>Read all private notes</source>
      <translation>قراءة كل الملاحظات الخاصة</translation>
    </message>
    <message>
      <source>Read all private notes…</source>
      <translation>قراءة كل الملاحظات الخاصة…</translation>
    </message>
    <message>
      <source>Read the whole session on the Sessions tab</source>
      <translation>اقرأ الجلسة كاملة في تبويب «الجلسات»</translation>
    </message>
    <message>
      <source>Reading the file…</source>
      <translation>جارٍ قراءة الملف…</translation>
    </message>
    <message>
      <source>Recipients</source>
      <translation>المستلمون</translation>
    </message>
    <message>
      <source>Records</source>
      <translation>العناصر</translation>
    </message>
    <message>
      <source>Records are matched by their id, so importing the same file twice changes nothing. 'Updated' records were changed in the file after this journal's copy; 'conflicts' were changed here later. Mentees and skills are never doubled: for them the newer version is kept.</source>
      <translation>تُطابَق العناصر بمعرّفاتها، لذا فإن استيراد الملف نفسه مرتين لا يغيّر شيئًا. العناصر «المحدَّثة» عُدّلت في الملف بعد نسخة هذا السجل؛ و«التعارضات» عُدّلت هنا لاحقًا. لا يتكرر المتدربون والمهارات أبدًا: تُحفظ النسخة الأحدث منها.</translation>
    </message>
    <message>
      <source>Records changed on both sides:</source>
      <translation>عناصر عُدّلت في الجهتين:</translation>
    </message>
    <message>
      <source>Reflection</source>
      <translation>التأمل</translation>
    </message>
    <message>
      <source>Reflection template</source>
      <translation>قالب تأمل</translation>
    </message>
    <message>
      <source>Reflection templates</source>
      <translation>قوالب التأمل</translation>
    </message>
    <message>
      <source>Reflection text</source>
      <translation>نص التأمل</translation>
    </message>
    <message>
      <source>Reflections</source>
      <translation>التأملات</translation>
    </message>
    <message>
      <source>Relevant</source>
      <translation>وثيق الصلة</translation>
    </message>
    <message>
      <source>Remember export passphrases on this computer</source>
      <translation>تذكُّر عبارات مرور التصدير على هذا الحاسوب</translation>
    </message>
    <message>
      <source>Remember the passphrase on this computer</source>
      <translation>تذكُّر عبارة المرور على هذا الحاسوب</translation>
    </message>
    <message>
      <source>Remove skill?</source>
      <translation>إزالة المهارة؟</translation>
    </message>
    <message>
      <source>Remove the selected action item (Delete)</source>
      <translation>إزالة المهمة المحددة (Delete)</translation>
    </message>
    <message>
      <source>Remove the skill; a skill with ratings is retired and keeps its history</source>
      <translation>إزالة المهارة؛ المهارة التي لها تقييمات تُوقَف وتحتفظ بسجلها</translation>
    </message>
    <message>
      <source>Remove this date</source>
      <translation>إزالة هذا التاريخ</translation>
    </message>
    <message>
      <source>Renaming a skill keeps its ratings. Mentees are rated on the skills in this order.</source>
      <translation>إعادة تسمية مهارة تحتفظ بتقييماتها. يُقيَّم المتدربون على المهارات بهذا الترتيب.</translation>
    </message>
    <message>
      <source>Reopen</source>
      <translation>إعادة فتح</translation>
    </message>
    <message>
      <source>Replace the journal with the backup made {made}? Everything written since then will be gone from the journal; the journal as it is now is backed up first, so this can be undone.</source>
      <translation>استبدال السجل بالنسخة الاحتياطية المنشأة {made}؟ كل ما كُتب منذ ذلك الحين سيزول من السجل؛ يُنسخ السجل بحالته الحالية احتياطيًا أولًا، لذا يمكن التراجع عن ذلك.</translation>
    </message>
    <message>
      <source>Replace your text?</source>
      <translation>استبدال نصك؟</translation>
    </message>
    <message>
      <source>Restore backup</source>
      <translation>استعادة نسخة احتياطية</translation>
    </message>
    <message>
      <source>Restoring…</source>
      <translation>جارٍ الاستعادة…</translation>
    </message>
    <message>
      <source>Retire skill?</source>
      <translation>إيقاف المهارة؟</translation>
    </message>
    <message>
      <source>S — Specific</source>
      <translation>S — محدد</translation>
    </message>
    <message>
      <source>S&amp;hare summary…</source>
      <translation>مشاركة ملخص(&amp;H)…</translation>
    </message>
    <message>
      <source>S&amp;tart date:</source>
      <translation>تاريخ البدء(&amp;T):</translation>
    </message>
    <message>
      <source>S&amp;tatus:</source>
      <translation>الحالة(&amp;T):</translation>
    </message>
    <message>
      <source>SVG image (*.svg)</source>
      <translation>صورة SVG (*.svg)</translation>
    </message>
    <message>
      <source>Same as the system</source>
      <translation>كما في النظام</translation>
    </message>
    <message>
      <source>Save</source>
      <translation>حفظ</translation>
    </message>
    <message>
      <source>Save and close (Ctrl+S or Ctrl+Enter)</source>
      <translation>حفظ وإغلاق (Ctrl+S أو Ctrl+Enter)</translation>
    </message>
    <message>
      <source>Save as PDF…</source>
      <translation>حفظ بصيغة PDF…</translation>
    </message>
    <message>
      <source>Save as PNG…</source>
      <translation>حفظ بصيغة PNG…</translation>
    </message>
    <message>
      <source>Save as SVG…</source>
      <translation>حفظ بصيغة SVG…</translation>
    </message>
    <message>
      <source>Save as:</source>
      <translation>حفظ باسم:</translation>
    </message>
    <message>
      <source>Save brief as P&amp;DF…</source>
      <translation>حفظ الموجز بصيغة PDF(&amp;D)…</translation>
    </message>
    <message>
      <source>Save brief as PDF</source>
      <translation>حفظ الموجز بصيغة PDF</translation>
    </message>
    <message>
      <source>Save chart</source>
      <translation>حفظ الرسم البياني</translation>
    </message>
    <message>
      <source>Save chart…</source>
      <translation>حفظ الرسم البياني…</translation>
    </message>
    <message>
      <source>Save or print a summary as PDF, Markdown, HTML, CSV or calendar file</source>
      <translation>حفظ ملخص أو طباعته بصيغة PDF أو Markdown أو HTML أو CSV أو ملف تقويم</translation>
    </message>
    <message>
      <source>Save summary</source>
      <translation>حفظ الملخص</translation>
    </message>
    <message>
      <source>Save the chart as a PNG or SVG image</source>
      <translation>حفظ الرسم البياني صورةً بصيغة PNG أو SVG</translation>
    </message>
    <message>
      <source>Saved {0} ({1} records).</source>
      <translation>حُفظ {0} ({1} عنصر).</translation>
    </message>
    <message>
      <source>Saved {path}</source>
      <translation>حُفظ {path}</translation>
    </message>
    <message>
      <source>Scale:  {scale}</source>
      <translation>المقياس:  {scale}</translation>
    </message>
    <message>
      <source>Se&amp;ttings…</source>
      <translation>الإعدادات(&amp;T)…</translation>
    </message>
    <message>
      <source>Search everything written in the journal ({keys})</source>
      <translation>البحث في كل ما كُتب في السجل ({keys})</translation>
    </message>
    <message>
      <source>Search mentees</source>
      <translation>البحث عن المتدربين</translation>
    </message>
    <message>
      <source>Search mentees by name or trade…</source>
      <translation>البحث عن المتدربين بالاسم أو المهنة…</translation>
    </message>
    <message>
      <source>Search results</source>
      <translation>نتائج البحث</translation>
    </message>
    <message>
      <source>Search the journal</source>
      <translation>البحث في السجل</translation>
    </message>
    <message>
      <source>Secret key file</source>
      <translation>ملف المفتاح السري</translation>
    </message>
    <message>
      <source>Secret key file:</source>
      <translation>ملف المفتاح السري:</translation>
    </message>
    <message>
      <source>Sections</source>
      <translation>الأقسام</translation>
    </message>
    <message>
      <source>Select a reflection to read it.</source>
      <translation>اختر تأملًا لقراءته.</translation>
    </message>
    <message>
      <source>Select a session to read its notes.</source>
      <translation>اختر جلسة لقراءة ملاحظاتها.</translation>
    </message>
    <message>
      <source>Self</source>
      <translation>ذاتي</translation>
    </message>
    <message>
      <source>Self rating</source>
      <translation>تقييم ذاتي</translation>
    </message>
    <message>
      <source>Self-rated confidence</source>
      <translation>الثقة بحسب تقييم المتدرب لنفسه</translation>
    </message>
    <message>
      <source>Self-rated confidence of each attendee</source>
      <translation>ثقة كل حاضر بحسب تقييمه لنفسه</translation>
    </message>
    <message>
      <source>Separate with commas, e.g. confidence, teamwork</source>
      <translation>افصل بفواصل، مثل: الثقة، العمل الجماعي</translation>
    </message>
    <message>
      <source>Separate with commas, e.g. trade test, safety</source>
      <translation>افصل بفواصل، مثل: الاختبار المهني، السلامة</translation>
    </message>
    <message>
      <source>Separate with commas, e.g. welding, evening class</source>
      <translation>افصل بفواصل، مثل: اللحام، الفصل المسائي</translation>
    </message>
    <message>
      <source>Session</source>
      <translation>جلسة</translation>
    </message>
    <message>
      <source>Session date</source>
      <translation>تاريخ الجلسة</translation>
    </message>
    <message>
      <source>Session date and time</source>
      <translation>تاريخ الجلسة ووقتها</translation>
    </message>
    <message>
      <source>Session details</source>
      <translation>تفاصيل الجلسة</translation>
    </message>
    <message>
      <source>Session template</source>
      <translation>قالب جلسة</translation>
    </message>
    <message>
      <source>Session templates</source>
      <translation>قوالب الجلسات</translation>
    </message>
    <message>
      <source>Sessions</source>
      <translation>الجلسات</translation>
    </message>
    <message>
      <source>Sessions and action items</source>
      <translation>الجلسات والمهام</translation>
    </message>
    <message>
      <source>Sessions from</source>
      <translation>الجلسات من</translation>
    </message>
    <message>
      <source>Sessions in each month. Shaded stretches went longer than the agreed interval without a session.</source>
      <translation>الجلسات في كل شهر. الفترات المظللة تجاوزت المدة المتفق عليها دون جلسة.</translation>
    </message>
    <message>
      <source>Sessions per month</source>
      <translation>الجلسات في الشهر</translation>
    </message>
    <message>
      <source>Sessions this month</source>
      <translation>جلسات هذا الشهر</translation>
    </message>
    <message>
      <source>Sessions until</source>
      <translation>الجلسات حتى</translation>
    </message>
    <message>
      <source>Settings</source>
      <translation>الإعدادات</translation>
    </message>
    <message>
      <source>Settings pages</source>
      <translation>صفحات الإعدادات</translation>
    </message>
    <message>
      <source>Share a summary</source>
      <translation>مشاركة ملخص</translation>
    </message>
    <message>
      <source>Show</source>
      <translation>إظهار</translation>
    </message>
    <message>
      <source>Show as chart</source>
      <translation>عرض كرسم بياني</translation>
    </message>
    <message>
      <source>Show as table</source>
      <translation>عرض كجدول</translation>
    </message>
    <message>
      <source>Show every current mentee again</source>
      <translation>إظهار كل المتدربين الحاليين مجددًا</translation>
    </message>
    <message>
      <source>Show mentees with status</source>
      <translation>إظهار المتدربين ذوي الحالة</translation>
    </message>
    <message>
      <source>Show more filters</source>
      <translation>إظهار مرشحات أخرى</translation>
    </message>
    <message>
      <source>Show the session on its mentee's Sessions tab</source>
      <translation>إظهار الجلسة في تبويب «الجلسات» الخاص بمتدربها</translation>
    </message>
    <message>
      <source>Show:</source>
      <translation>إظهار:</translation>
    </message>
    <message>
      <source>Size</source>
      <translation>الحجم</translation>
    </message>
    <message>
      <source>Skill</source>
      <translation>المهارة</translation>
    </message>
    <message>
      <source>Skill changes since the last session</source>
      <translation>تغيرات المهارات منذ آخر جلسة</translation>
    </message>
    <message>
      <source>Skill rating</source>
      <translation>تقييم مهارة</translation>
    </message>
    <message>
      <source>Skill ratings</source>
      <translation>تقييمات المهارات</translation>
    </message>
    <message>
      <source>Skill:</source>
      <translation>المهارة:</translation>
    </message>
    <message>
      <source>Skills</source>
      <translation>المهارات</translation>
    </message>
    <message>
      <source>Skills of the framework</source>
      <translation>مهارات الإطار</translation>
    </message>
    <message>
      <source>Skills to rate</source>
      <translation>المهارات المراد تقييمها</translation>
    </message>
    <message>
      <source>Skills, with the ratings chart</source>
      <translation>المهارات، مع رسم التقييمات</translation>
    </message>
    <message>
      <source>Skills: first and latest rating</source>
      <translation>المهارات: أول تقييم وأحدثه</translation>
    </message>
    <message>
      <source>Skills: first vs latest</source>
      <translation>المهارات: الأول مقابل الأحدث</translation>
    </message>
    <message>
      <source>Soft</source>
      <translation>ناعمة</translation>
    </message>
    <message>
      <source>Soft skill</source>
      <translation>مهارة ناعمة</translation>
    </message>
    <message>
      <source>Something went wrong</source>
      <translation>حدث خطأ ما</translation>
    </message>
    <message>
      <source>Specific</source>
      <translation>محدد</translation>
    </message>
    <message>
      <source>Spreadsheet (CSV)</source>
      <translation>جدول بيانات (CSV)</translation>
    </message>
    <message>
      <source>St&amp;atus:</source>
      <translation>الحالة(&amp;A):</translation>
    </message>
    <message>
      <source>Start date</source>
      <translation>تاريخ البدء</translation>
    </message>
    <message>
      <source>Started</source>
      <translation>تاريخ البدء</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>الحالة</translation>
    </message>
    <message>
      <source>Strength: {0}</source>
      <translation>القوة: {0}</translation>
    </message>
    <message>
      <source>Strong.</source>
      <translation>قوية.</translation>
    </message>
    <message>
      <source>Summaries of every mentee are made as one PDF or as CSV tables.</source>
      <translation>تُعَدّ ملخصات جميع المتدربين في ملف PDF واحد أو في جداول CSV.</translation>
    </message>
    <message>
      <source>Summaries of every mentee, in one file</source>
      <translation>ملخصات كل المتدربين، في ملف واحد</translation>
    </message>
    <message>
      <source>Summary of {name}</source>
      <translation>ملخص {name}</translation>
    </message>
    <message>
      <source>Supervised</source>
      <translation>تحت الإشراف</translation>
    </message>
    <message>
      <source>T — Time-bound</source>
      <translation>T — محدد بزمن</translation>
    </message>
    <message>
      <source>T&amp;ags:</source>
      <translation>الوسوم(&amp;A):</translation>
    </message>
    <message>
      <source>T&amp;emplate:</source>
      <translation>القالب(&amp;E):</translation>
    </message>
    <message>
      <source>T&amp;opics:</source>
      <translation>المواضيع(&amp;O):</translation>
    </message>
    <message>
      <source>Ta&amp;gs:</source>
      <translation>الوسوم(&amp;G):</translation>
    </message>
    <message>
      <source>Table</source>
      <translation>جدول</translation>
    </message>
    <message>
      <source>Tags</source>
      <translation>الوسوم</translation>
    </message>
    <message>
      <source>Tags: {tags}</source>
      <translation>الوسوم: {tags}</translation>
    </message>
    <message>
      <source>Target &amp;date:</source>
      <translation>التاريخ المستهدف(&amp;D):</translation>
    </message>
    <message>
      <source>Target date</source>
      <translation>التاريخ المستهدف</translation>
    </message>
    <message>
      <source>Target date: {date}</source>
      <translation>التاريخ المستهدف: {date}</translation>
    </message>
    <message>
      <source>Target value</source>
      <translation>القيمة المستهدفة</translation>
    </message>
    <message>
      <source>Target: {target}</source>
      <translation>المستهدف: {target}</translation>
    </message>
    <message>
      <source>Technical</source>
      <translation>تقنية</translation>
    </message>
    <message>
      <source>Technical skill</source>
      <translation>مهارة تقنية</translation>
    </message>
    <message>
      <source>Template</source>
      <translation>القالب</translation>
    </message>
    <message>
      <source>Templates</source>
      <translation>القوالب</translation>
    </message>
    <message>
      <source>That is not the journal's passphrase. Try again.</source>
      <translation>هذه ليست عبارة مرور السجل. حاول مرة أخرى.</translation>
    </message>
    <message>
      <source>The app closed before these were saved. Restore opens each one in its editor, complete, so you can check it and save it (or discard it).</source>
      <translation>أُغلق التطبيق قبل حفظ هذه. تفتح «استعادة» كل واحدة منها في محررها، كاملة، لتتحقق منها وتحفظها (أو تتجاهلها).</translation>
    </message>
    <message>
      <source>The backup is encrypted. Passphrase of the journal's backups:</source>
      <translation>النسخة الاحتياطية مشفرة. عبارة مرور النسخ الاحتياطية للسجل:</translation>
    </message>
    <message>
      <source>The backup made {when} is back in place.</source>
      <translation>عادت النسخة الاحتياطية المنشأة {when} إلى مكانها.</translation>
    </message>
    <message>
      <source>The chart could not be saved:
{reason}</source>
      <translation>تعذر حفظ الرسم البياني:
{reason}</translation>
    </message>
    <message>
      <source>The chart's data as a table of text</source>
      <translation>بيانات الرسم البياني كجدول نصي</translation>
    </message>
    <message>
      <source>The check stopped on an unexpected error.</source>
      <translation>توقف الفحص بسبب خطأ غير متوقع.</translation>
    </message>
    <message>
      <source>The damaged journal was kept as {name}.</source>
      <translation>احتُفظ بالسجل التالف باسم {name}.</translation>
    </message>
    <message>
      <source>The date the mentee agreed that you keep these notes</source>
      <translation>التاريخ الذي وافق فيه المتدرب على أن تحتفظ بهذه الملاحظات</translation>
    </message>
    <message>
      <source>The details are also in the log file: {path}</source>
      <translation>التفاصيل موجودة أيضًا في ملف التسجيل: {path}</translation>
    </message>
    <message>
      <source>The draft could not be kept: save when you can</source>
      <translation>تعذر الاحتفاظ بالمسودة: احفظ عندما تستطيع</translation>
    </message>
    <message>
      <source>The export's passphrase (or this journal's backup passphrase)</source>
      <translation>عبارة مرور ملف التصدير (أو عبارة مرور النسخ الاحتياطية لهذا السجل)</translation>
    </message>
    <message>
      <source>The file could not be made: {reason}</source>
      <translation>تعذر إنشاء الملف: {reason}</translation>
    </message>
    <message>
      <source>The file could not be saved: {reason}</source>
      <translation>تعذر حفظ الملف: {reason}</translation>
    </message>
    <message>
      <source>The file's structure is damaged: {detail}.</source>
      <translation>بنية الملف تالفة: {detail}.</translation>
    </message>
    <message>
      <source>The journal could not be checked.</source>
      <translation>تعذر فحص السجل.</translation>
    </message>
    <message>
      <source>The journal or chosen mentees as one encrypted file</source>
      <translation>السجل أو المتدربون المختارون في ملف واحد مشفر</translation>
    </message>
    <message>
      <source>The key of these backups is missing from their folder.</source>
      <translation>مفتاح هذه النسخ الاحتياطية مفقود من مجلدها.</translation>
    </message>
    <message>
      <source>The linked session cannot be changed afterwards</source>
      <translation>لا يمكن تغيير الجلسة المرتبطة لاحقًا</translation>
    </message>
    <message>
      <source>The mentee committed to</source>
      <translation>التزم المتدرب بـ</translation>
    </message>
    <message>
      <source>The mentee's full name as on the class list (required)</source>
      <translation>الاسم الكامل للمتدرب كما في قائمة الفصل (مطلوب)</translation>
    </message>
    <message>
      <source>The mentee's rating of themselves, as they told you</source>
      <translation>تقييم المتدرب لنفسه، كما أخبرك به</translation>
    </message>
    <message>
      <source>The mentor agreed to</source>
      <translation>اتفق المرشد على</translation>
    </message>
    <message>
      <source>The next meeting and open action items, for a calendar program</source>
      <translation>اللقاء القادم والمهام المفتوحة، لبرنامج تقويم</translation>
    </message>
    <message>
      <source>The note on “{skill}” contains a character that cannot be stored.</source>
      <translation>تحتوي الملاحظة على «{skill}» حرفًا لا يمكن تخزينه.</translation>
    </message>
    <message>
      <source>The number to reach, if the measure is a count or a score</source>
      <translation>الرقم المراد بلوغه، إذا كان المقياس عددًا أو درجة</translation>
    </message>
    <message>
      <source>The passphrase does not open this journal's backups.</source>
      <translation>عبارة المرور هذه لا تفتح النسخ الاحتياطية لهذا السجل.</translation>
    </message>
    <message>
      <source>The period starts after it ends.</source>
      <translation>تبدأ الفترة بعد نهايتها.</translation>
    </message>
    <message>
      <source>The private note stays in the app.</source>
      <translation>تبقى الملاحظة الخاصة داخل التطبيق.</translation>
    </message>
    <message>
      <source>The programme or trade the mentee is trained in</source>
      <translation>البرنامج أو المهنة التي يتدرب عليها المتدرب</translation>
    </message>
    <message>
      <source>The programme report is made as PDF, Markdown, HTML or CSV.</source>
      <translation>يُعَدّ تقرير البرنامج بصيغة PDF أو Markdown أو HTML أو CSV.</translation>
    </message>
    <message>
      <source>The prompts, one per line, e.g.
What did I see?
What will I do next?</source>
      <translation>العبارات التوجيهية، واحدة في كل سطر، مثل:
ماذا رأيت؟
ماذا سأفعل بعد ذلك؟</translation>
    </message>
    <message>
      <source>The search index had a problem and has been rebuilt.</source>
      <translation>كانت في فهرس البحث مشكلة، وأُعيد بناؤه.</translation>
    </message>
    <message>
      <source>The search index was damaged and has been rebuilt.</source>
      <translation>كان فهرس البحث تالفًا، وأُعيد بناؤه.</translation>
    </message>
    <message>
      <source>The search index was missing and has been rebuilt.</source>
      <translation>كان فهرس البحث مفقودًا، وأُعيد بناؤه.</translation>
    </message>
    <message>
      <source>The search index was out of step with your records and has been rebuilt.</source>
      <translation>كان فهرس البحث غير متوافق مع عناصرك، وأُعيد بناؤه.</translation>
    </message>
    <message>
      <source>The secret key file cannot be read.</source>
      <translation>تتعذر قراءة ملف المفتاح السري.</translation>
    </message>
    <message>
      <source>The skills you rate mentees on. Choose a skill to change it, or add a new one.</source>
      <translation>المهارات التي تقيّم عليها المتدربين. اختر مهارة لتغييرها، أو أضف مهارة جديدة.</translation>
    </message>
    <message>
      <source>The template fills in text you have already typed. Replace your text with it?</source>
      <translation>يملأ القالب نصًا كتبته من قبل. هل تستبدل نصك به؟</translation>
    </message>
    <message>
      <source>The two new passphrases differ.</source>
      <translation>عبارتا المرور الجديدتان مختلفتان.</translation>
    </message>
    <message>
      <source>The two passphrases differ.</source>
      <translation>عبارتا المرور مختلفتان.</translation>
    </message>
    <message>
      <source>The value measured for this goal</source>
      <translation>القيمة المقيسة لهذا الهدف</translation>
    </message>
    <message>
      <source>The whole journal</source>
      <translation>السجل كاملًا</translation>
    </message>
    <message>
      <source>Theme</source>
      <translation>السمة</translation>
    </message>
    <message>
      <source>These are recorded for {name}, the first mentee ticked.</source>
      <translation>تُدوَّن هذه لـ {name}، أول متدرب مُحدَّد.</translation>
    </message>
    <message>
      <source>Things only you need to know, e.g. works night shifts on weekends</source>
      <translation>أمور لا يحتاج إلى معرفتها سواك، مثل: يعمل في نوبات ليلية في عطلة نهاية الأسبوع</translation>
    </message>
    <message>
      <source>This backup is encrypted. Enter the passphrase of the journal's backups.</source>
      <translation>هذه النسخة الاحتياطية مشفرة. أدخل عبارة مرور النسخ الاحتياطية للسجل.</translation>
    </message>
    <message>
      <source>This cannot be undone.</source>
      <translation>لا يمكن التراجع عن هذا.</translation>
    </message>
    <message>
      <source>This erases:</source>
      <translation>سيُمحى ما يلي:</translation>
    </message>
    <message>
      <source>This file is protected: enter its passphrase.</source>
      <translation>هذا الملف محمي: أدخل عبارة مروره.</translation>
    </message>
    <message>
      <source>This file was encrypted to a key. Choose the matching secret key file.</source>
      <translation>شُفِّر هذا الملف بمفتاح. اختر ملف المفتاح السري المطابق.</translation>
    </message>
    <message>
      <source>This journal's own key, for others to send to: {0}</source>
      <translation>المفتاح الخاص بهذا السجل، ليرسل إليك الآخرون الملفات: {0}</translation>
    </message>
    <message>
      <source>This skill has not been rated yet — rate it in a session to see it here.</source>
      <translation>لم تُقيَّم هذه المهارة بعد — قيّمها في جلسة لتراها هنا.</translation>
    </message>
    <message>
      <source>Tick Done when the action is completed; the date can be changed</source>
      <translation>حدّد «أُنجزت» عند إتمام المهمة؛ ويمكن تغيير التاريخ</translation>
    </message>
    <message>
      <source>Tick at least one mentee, or export the whole journal.</source>
      <translation>حدّد متدربًا واحدًا على الأقل، أو صدّر السجل كاملًا.</translation>
    </message>
    <message>
      <source>Tick everyone who attended (Space ticks; Enter in the search ticks the first)</source>
      <translation>حدّد كل من حضر (Space يحدد؛ وEnter في البحث يحدد الأول)</translation>
    </message>
    <message>
      <source>To change or tick off action items, use the Actions tab.</source>
      <translation>لتغيير المهام أو إنجازها، استخدم تبويب «المهام».</translation>
    </message>
    <message>
      <source>Topics</source>
      <translation>المواضيع</translation>
    </message>
    <message>
      <source>Topics: {topics}</source>
      <translation>المواضيع: {topics}</translation>
    </message>
    <message>
      <source>Type 1 to 5 to rate a skill, 0 to clear it; ↑ ↓ move between skills, Tab goes to the note. Skills left empty are not rated.</source>
      <translation>اكتب من 1 إلى 5 لتقييم مهارة، و0 لمسحها؛ ↑ ↓ للتنقل بين المهارات، وTab للانتقال إلى الملاحظة. المهارات المتروكة فارغة لا تُقيَّم.</translation>
    </message>
    <message>
      <source>Type 1 to 5 to rate, 0 to clear; double-click for a list</source>
      <translation>اكتب من 1 إلى 5 للتقييم، و0 للمسح؛ انقر مرتين لعرض قائمة</translation>
    </message>
    <message>
      <source>Type an action and press Enter</source>
      <translation>اكتب مهمة واضغط Enter</translation>
    </message>
    <message>
      <source>US Letter</source>
      <translation>US Letter</translation>
    </message>
    <message>
      <source>Unchanged</source>
      <translation>دون تغيير</translation>
    </message>
    <message>
      <source>Unit</source>
      <translation>الوحدة</translation>
    </message>
    <message>
      <source>Unlock first to close the journal.</source>
      <translation>افتح القفل أولًا لإغلاق السجل.</translation>
    </message>
    <message>
      <source>Unlock problem</source>
      <translation>مشكلة في فتح القفل</translation>
    </message>
    <message>
      <source>Unlocking the backup key…</source>
      <translation>جارٍ فتح مفتاح النسخ الاحتياطية…</translation>
    </message>
    <message>
      <source>Unlocking this journal's key…</source>
      <translation>جارٍ فتح مفتاح هذا السجل…</translation>
    </message>
    <message>
      <source>Unsaved changes</source>
      <translation>تغييرات غير محفوظة</translation>
    </message>
    <message>
      <source>Unsaved drafts</source>
      <translation>مسودات غير محفوظة</translation>
    </message>
    <message>
      <source>Updated</source>
      <translation>مُحدَّثة</translation>
    </message>
    <message>
      <source>Used for mentees without a cadence of their own: the brief and the dashboard say when a meeting is due. Kept in the journal.</source>
      <translation>تُستخدم للمتدربين الذين ليست لهم وتيرة خاصة: يذكر الموجز واللوحة متى يحين موعد لقاء. تُحفظ في السجل.</translation>
    </message>
    <message>
      <source>Used for mentees without their own cadence</source>
      <translation>تُستخدم للمتدربين الذين ليست لهم وتيرة خاصة</translation>
    </message>
    <message>
      <source>Version {version}</source>
      <translation>الإصدار {version}</translation>
    </message>
    <message>
      <source>Very common words: the newest records were ranked.</source>
      <translation>كلمات شائعة جدًا: رُتّبت أحدث العناصر.</translation>
    </message>
    <message>
      <source>Virtual</source>
      <translation>عن بُعد</translation>
    </message>
    <message>
      <source>Weak: easy to guess. Use Generate, or add more words.</source>
      <translation>ضعيفة: سهلة التخمين. استخدم «توليد»، أو أضف كلمات أخرى.</translation>
    </message>
    <message>
      <source>Web page (HTML)</source>
      <translation>صفحة ويب (HTML)</translation>
    </message>
    <message>
      <source>Web pages (*.html)</source>
      <translation>صفحات ويب (*.html)</translation>
    </message>
    <message>
      <source>Weekly backups kept</source>
      <translation>النسخ الاحتياطية الأسبوعية المحتفظ بها</translation>
    </message>
    <message>
      <source>Weekly backups kept:</source>
      <translation>النسخ الاحتياطية الأسبوعية المحتفظ بها:</translation>
    </message>
    <message>
      <source>What</source>
      <translation>المحتوى</translation>
    </message>
    <message>
      <source>What doing it well looks like, e.g. Makes sound joints first time</source>
      <translation>كيف يبدو الأداء الجيد، مثل: يُنجز وصلات سليمة من المرة الأولى</translation>
    </message>
    <message>
      <source>What exactly will the mentee be able to do?</source>
      <translation>ما الذي سيستطيع المتدرب فعله بالضبط؟</translation>
    </message>
    <message>
      <source>What happened</source>
      <translation>ما الذي حدث</translation>
    </message>
    <message>
      <source>What happened?</source>
      <translation>ماذا حدث؟</translation>
    </message>
    <message>
      <source>What makes it realistic: time, tools, support?</source>
      <translation>ما الذي يجعله واقعيًا: الوقت، الأدوات، الدعم؟</translation>
    </message>
    <message>
      <source>What next?</source>
      <translation>ما التالي؟</translation>
    </message>
    <message>
      <source>What stood out for you? e.g. She explained the wiring diagram to the group</source>
      <translation>ما الذي لفت انتباهك؟ مثل: شرحت مخطط التوصيلات الكهربائية للمجموعة</translation>
    </message>
    <message>
      <source>What the import changes</source>
      <translation>ما يغيّره الاستيراد</translation>
    </message>
    <message>
      <source>What they like to be called, e.g. Abe</source>
      <translation>الاسم الذي يحب أن يُنادى به، مثل: آبي</translation>
    </message>
    <message>
      <source>What to change</source>
      <translation>ما يجب تغييره</translation>
    </message>
    <message>
      <source>What to export</source>
      <translation>ما يُصدَّر</translation>
    </message>
    <message>
      <source>What went well</source>
      <translation>ما سار جيدًا</translation>
    </message>
    <message>
      <source>What went well?</source>
      <translation>ما الذي سار جيدًا؟</translation>
    </message>
    <message>
      <source>What would you change?</source>
      <translation>ما الذي ستغيّره؟</translation>
    </message>
    <message>
      <source>What you talked about and agreed, e.g. Reviewed the practical assessment</source>
      <translation>ما تحدثتما عنه واتفقتما عليه، مثل: راجعنا التقييم العملي</translation>
    </message>
    <message>
      <source>What you typed stays here and is kept as a draft outside the journal.</source>
      <translation>يبقى ما كتبته هنا، ويُحفظ كمسودة خارج السجل.</translation>
    </message>
    <message>
      <source>What you typed stays here and is kept as a draft.</source>
      <translation>يبقى ما كتبته هنا، ويُحفظ كمسودة.</translation>
    </message>
    <message>
      <source>What you were doing may not have finished. Everything saved before is safe in the journal, and text in an open editor is still there. If this happens again, copy the details and send them to whoever supports the app: they contain no notes and no names.</source>
      <translation>ربما لم يكتمل ما كنت تفعله. كل ما حُفظ من قبل آمن في السجل، والنص الموجود في أي محرر مفتوح ما زال فيه. إذا تكرر هذا، فانسخ التفاصيل وأرسلها إلى من يتولى دعم التطبيق: فهي لا تحتوي على أي ملاحظات أو أسماء.</translation>
    </message>
    <message>
      <source>When a record was changed on both sides</source>
      <translation>عندما يكون العنصر قد عُدِّل في الجهتين</translation>
    </message>
    <message>
      <source>When and who</source>
      <translation>متى ومن</translation>
    </message>
    <message>
      <source>When the journal has a passphrase, the app hides everything and asks for it again after this long without use.</source>
      <translation>عندما يكون للسجل عبارة مرور، يُخفي التطبيق كل شيء ويطلبها مجددًا بعد هذه المدة دون استخدام.</translation>
    </message>
    <message>
      <source>When the mentoring started; leave as Not set if unknown</source>
      <translation>متى بدأ الإرشاد؛ اتركه «غير محدد» إن لم يكن معروفًا</translation>
    </message>
    <message>
      <source>When you agreed to meet again, if you did</source>
      <translation>متى اتفقتما على اللقاء مجددًا، إن فعلتما</translation>
    </message>
    <message>
      <source>While working</source>
      <translation>أثناء العمل</translation>
    </message>
    <message>
      <source>While you work, at most every:</source>
      <translation>أثناء العمل، كل مدة أقصاها:</translation>
    </message>
    <message>
      <source>Who</source>
      <translation>من</translation>
    </message>
    <message>
      <source>Who am I losing touch with?</source>
      <translation>من الذي بدأت أفقد التواصل معه؟</translation>
    </message>
    <message>
      <source>Who does it</source>
      <translation>من ينفذها</translation>
    </message>
    <message>
      <source>Why</source>
      <translation>السبب</translation>
    </message>
    <message>
      <source>Why does it matter for the mentee's trade or career?</source>
      <translation>لماذا يهم ذلك لمهنة المتدرب أو مساره المهني؟</translation>
    </message>
    <message>
      <source>With a passphrase, Mentor Journal asks for it when it starts and after it locks (Ctrl+L, or after {minutes} idle minutes). It hides your notes from others on a shared laptop; it does not encrypt the journal file. A forgotten passphrase cannot be recovered.</source>
      <translation>مع عبارة المرور، يطلبها Mentor Journal عند تشغيله وبعد قفله (Ctrl+L، أو بعد {minutes} دقيقة من الخمول). إنها تُخفي ملاحظاتك عن الآخرين على حاسوب محمول مشترك؛ لكنها لا تشفّر ملف السجل. لا يمكن استرجاع عبارة مرور منسية.</translation>
    </message>
    <message>
      <source>With a passphrase, Mentor Journal asks for it when it starts and after it locks (Ctrl+L; the idle lock is off in Settings). It hides your notes from others on a shared laptop; it does not encrypt the journal file. A forgotten passphrase cannot be recovered.</source>
      <translation>مع عبارة المرور، يطلبها Mentor Journal عند تشغيله وبعد قفله (Ctrl+L؛ القفل عند الخمول معطّل في الإعدادات). إنها تُخفي ملاحظاتك عن الآخرين على حاسوب محمول مشترك؛ لكنها لا تشفّر ملف السجل. لا يمكن استرجاع عبارة مرور منسية.</translation>
    </message>
    <message>
      <source>Withdrawn</source>
      <translation>منسحب</translation>
    </message>
    <message>
      <source>Words match as beginnings (weld finds welding); put words in quotes for a phrase. Case and accents do not matter. Ctrl+Shift+F comes back here.</source>
      <translation>تُطابَق الكلمات كبدايات («وصل» تجد «وصلات»)؛ ضع الكلمات بين علامتي تنصيص للبحث عن عبارة. لا يهم حالة الأحرف ولا علامات التشكيل. يعيدك Ctrl+Shift+F إلى هنا.</translation>
    </message>
    <message>
      <source>Words, or "a phrase" — names, notes, goals, actions, reflections</source>
      <translation>كلمات، أو "عبارة" — الأسماء، الملاحظات، الأهداف، المهام، التأملات</translation>
    </message>
    <message>
      <source>Workplace visit</source>
      <translation>زيارة موقع العمل</translation>
    </message>
    <message>
      <source>Writing the summaries…</source>
      <translation>جارٍ كتابة الملخصات…</translation>
    </message>
    <message>
      <source>Written by: {who}</source>
      <translation>كتبه: {who}</translation>
    </message>
    <message>
      <source>Yes</source>
      <translation>نعم</translation>
    </message>
    <message>
      <source>You (the mentor) or the mentee</source>
      <translation>أنت (المرشد) أو المتدرب</translation>
    </message>
    <message>
      <source>You have changes that are not saved. Discard them?</source>
      <translation>لديك تغييرات غير محفوظة. هل تريد تجاهلها؟</translation>
    </message>
    <message>
      <source>Your &amp;name:</source>
      <translation>اسمك(&amp;N):</translation>
    </message>
    <message>
      <source>Your journal is empty. Start by adding a mentee: you can then log sessions, goals, action items and reflections.</source>
      <translation>سجلك فارغ. ابدأ بإضافة متدرب: بعدها يمكنك تسجيل الجلسات والأهداف والمهام والتأملات.</translation>
    </message>
    <message>
      <source>Your journal is sound: no problems found.</source>
      <translation>سجلك سليم: لم يُعثر على أي مشكلة.</translation>
    </message>
    <message>
      <source>Your journal is sound; the check put one thing right.</source>
      <translation>سجلك سليم؛ أصلح الفحص أمرًا واحدًا.</translation>
    </message>
    <message>
      <source>Your journal is sound; the check put some things right.</source>
      <translation>سجلك سليم؛ أصلح الفحص بعض الأمور.</translation>
    </message>
    <message>
      <source>Your name and institution appear on printed summaries. The cadence is how often you plan to meet each mentee unless set on the mentee.</source>
      <translation>يظهر اسمك ومؤسستك في الملخصات المطبوعة. الوتيرة هي عدد مرات لقائك المخطط لها مع كل متدرب ما لم تُحدَّد في بيانات المتدرب.</translation>
    </message>
    <message>
      <source>Your notes are hidden. This journal has no passphrase, so anyone can open it again; set one in Tools &gt; App lock passphrase.</source>
      <translation>ملاحظاتك مخفية. ليس لهذا السجل عبارة مرور، لذا يستطيع أي شخص فتحه مجددًا؛ عيّن واحدة من أدوات &gt; عبارة مرور قفل التطبيق.</translation>
    </message>
    <message>
      <source>Your notes are hidden. Type the journal's passphrase to go on.</source>
      <translation>ملاحظاتك مخفية. اكتب عبارة مرور السجل للمتابعة.</translation>
    </message>
    <message>
      <source>Your notes are still there. Make a copy of the journal file before changing anything, and restore the latest backup if you can.</source>
      <translation>ملاحظاتك لا تزال موجودة. اصنع نسخة من ملف السجل قبل تغيير أي شيء، واستعد آخر نسخة احتياطية إن استطعت.</translation>
    </message>
    <message>
      <source>Your own reflection, or the mentee's as they told it to you</source>
      <translation>تأملك أنت، أو تأمل المتدرب كما رواه لك</translation>
    </message>
    <message>
      <source>Your rating as the mentor</source>
      <translation>تقييمك بصفتك المرشد</translation>
    </message>
    <message>
      <source>achieved {date}</source>
      <translation>تحقق في {date}</translation>
    </message>
    <message>
      <source>action items</source>
      <translation>مهام</translation>
    </message>
    <message>
      <source>active mentees</source>
      <translation>متدربون نشطون</translation>
    </message>
    <message>
      <source>add a mentee</source>
      <translation>إضافة متدرب</translation>
    </message>
    <message>
      <source>age1… (several: separate with spaces)</source>
      <translation>age1… (عدة مفاتيح: افصل بينها بمسافات)</translation>
    </message>
    <message>
      <source>and {0} more.</source>
      <translation>و{0} أخرى.</translation>
    </message>
    <message>
      <source>and {n} more on the Actions tab</source>
      <translation>و{n} أخرى في تبويب «المهام»</translation>
    </message>
    <message>
      <source>at least {n} characters</source>
      <translation>{n} أحرف على الأقل</translation>
    </message>
    <message>
      <source>backed up by hand</source>
      <translation>نسخ يدوي</translation>
    </message>
    <message>
      <source>backup key</source>
      <translation>مفتاح النسخ الاحتياطية</translation>
    </message>
    <message>
      <source>before a restore</source>
      <translation>قبل الاستعادة</translation>
    </message>
    <message>
      <source>before a schema upgrade</source>
      <translation>قبل ترقية المخطط</translation>
    </message>
    <message>
      <source>before an import</source>
      <translation>قبل الاستيراد</translation>
    </message>
    <message>
      <source>done {date}</source>
      <translation>أُنجزت {date}</translation>
    </message>
    <message>
      <source>due by {date}</source>
      <translation>مستحقة بحلول {date}</translation>
    </message>
    <message>
      <source>due today</source>
      <translation>مستحقة اليوم</translation>
    </message>
    <message>
      <source>due {date}</source>
      <translation>مستحقة {date}</translation>
    </message>
    <message>
      <source>e.g. 12</source>
      <translation>مثل 12</translation>
    </message>
    <message>
      <source>e.g. 2025 intake, Group B</source>
      <translation>مثل: دفعة 2025، المجموعة B</translation>
    </message>
    <message>
      <source>e.g. 60</source>
      <translation>مثل 60</translation>
    </message>
    <message>
      <source>e.g. 8</source>
      <translation>مثل 8</translation>
    </message>
    <message>
      <source>e.g. Abebe Kebede</source>
      <translation>مثل: أبيبي كيبيدي</translation>
    </message>
    <message>
      <source>e.g. After a workplace visit</source>
      <translation>مثل: بعد زيارة موقع العمل</translation>
    </message>
    <message>
      <source>e.g. Bahir Dar Polytechnic College</source>
      <translation>مثل: كلية بحر دار التقنية</translation>
    </message>
    <message>
      <source>e.g. Before the trade test</source>
      <translation>مثل: قبل الاختبار المهني</translation>
    </message>
    <message>
      <source>e.g. Cable sizing; preparing for the trade test</source>
      <translation>مثل: حساب مقاطع الكابلات؛ التحضير للاختبار المهني</translation>
    </message>
    <message>
      <source>e.g. Electrical Installation</source>
      <translation>مثل: التمديدات الكهربائية</translation>
    </message>
    <message>
      <source>e.g. Give the checklist before, not after</source>
      <translation>مثل: أعطِ قائمة التحقق قبل التقييم لا بعده</translation>
    </message>
    <message>
      <source>e.g. He found the fault himself</source>
      <translation>مثل: وجد العطل بنفسه</translation>
    </message>
    <message>
      <source>e.g. Level II</source>
      <translation>مثل: المستوى الثاني</translation>
    </message>
    <message>
      <source>e.g. Meron Tadesse</source>
      <translation>مثل: ميرون تاديسي</translation>
    </message>
    <message>
      <source>e.g. Needed for the trade test and for the job at the steel workshop</source>
      <translation>مثل: مطلوبة للاختبار المهني وللعمل في ورشة الصلب</translation>
    </message>
    <message>
      <source>e.g. Pass the Level II welding practical</source>
      <translation>مثل: اجتياز اختبار اللحام العملي للمستوى الثاني</translation>
    </message>
    <message>
      <source>e.g. Practical assessment checklist</source>
      <translation>مثل: قائمة تحقق التقييم العملي</translation>
    </message>
    <message>
      <source>e.g. Practise bending 20 mm conduit to 90°</source>
      <translation>مثل: التدرب على ثني أنابيب 20 مم بزاوية 90°</translation>
    </message>
    <message>
      <source>e.g. Revise Ohm's law. Enter adds it to the list below.</source>
      <translation>مثل: مراجعة قانون أوم. يضيفها Enter إلى القائمة أدناه.</translation>
    </message>
    <message>
      <source>e.g. Soldering and crimping</source>
      <translation>مثل: اللحام بالقصدير وكبس الأطراف</translation>
    </message>
    <message>
      <source>e.g. Two extra workshop hours a week; the college has the plate</source>
      <translation>مثل: ساعتان إضافيتان في الورشة أسبوعيًا؛ الكلية توفر الألواح</translation>
    </message>
    <message>
      <source>e.g. Two joints failed the bend test: too much heat</source>
      <translation>مثل: فشلت وصلتان في اختبار الثني: حرارة زائدة</translation>
    </message>
    <message>
      <source>e.g. Visit the workplace in two weeks</source>
      <translation>مثل: زيارة موقع العمل بعد أسبوعين</translation>
    </message>
    <message>
      <source>e.g. We went through the failed inspection</source>
      <translation>مثل: راجعنا الفحص الذي لم يُجتز</translation>
    </message>
    <message>
      <source>e.g. Weld 10 mm plate in the vertical position with a full-penetration butt</source>
      <translation>مثل: لحام لوح 10 مم في الوضع الرأسي بوصلة تناكبية كاملة الاختراق</translation>
    </message>
    <message>
      <source>e.g. joints</source>
      <translation>مثل: وصلات</translation>
    </message>
    <message>
      <source>e.g. joints passing the bend test</source>
      <translation>مثل: وصلات تجتاز اختبار الثني</translation>
    </message>
    <message>
      <source>find a mentee</source>
      <translation>البحث عن متدرب</translation>
    </message>
    <message>
      <source>first rating: {after}</source>
      <translation>أول تقييم: {after}</translation>
    </message>
    <message>
      <source>from</source>
      <translation>من</translation>
    </message>
    <message>
      <source>goal check-ins</source>
      <translation>متابعات أهداف</translation>
    </message>
    <message>
      <source>goal tags</source>
      <translation>وسوم أهداف</translation>
    </message>
    <message>
      <source>goals</source>
      <translation>أهداف</translation>
    </message>
    <message>
      <source>goals achieved this month</source>
      <translation>أهداف تحققت هذا الشهر</translation>
    </message>
    <message>
      <source>goals in progress</source>
      <translation>أهداف قيد التنفيذ</translation>
    </message>
    <message>
      <source>goes by “{name}”</source>
      <translation>يُنادى «{name}»</translation>
    </message>
    <message>
      <source>journal settings</source>
      <translation>إعدادات السجل</translation>
    </message>
    <message>
      <source>keyring support is not installed</source>
      <translation>دعم حلقة المفاتيح غير مثبَّت</translation>
    </message>
    <message>
      <source>last check-in {date}</source>
      <translation>آخر متابعة {date}</translation>
    </message>
    <message>
      <source>log a session</source>
      <translation>تسجيل جلسة</translation>
    </message>
    <message>
      <source>meets every day</source>
      <translation>يلتقي كل يوم</translation>
    </message>
    <message>
      <source>meets every {n} days</source>
      <translation>يلتقي كل {n} يوم</translation>
    </message>
    <message>
      <source>mentee tags</source>
      <translation>وسوم متدربين</translation>
    </message>
    <message>
      <source>mentees</source>
      <translation>متدربين</translation>
    </message>
    <message>
      <source>more…</source>
      <translation>المزيد…</translation>
    </message>
    <message>
      <source>never</source>
      <translation>أبدًا</translation>
    </message>
    <message>
      <source>no check-in yet</source>
      <translation>لا متابعة بعد</translation>
    </message>
    <message>
      <source>no target date</source>
      <translation>بلا تاريخ مستهدف</translation>
    </message>
    <message>
      <source>none</source>
      <translation>لا شيء</translation>
    </message>
    <message>
      <source>none yet</source>
      <translation>لا شيء بعد</translation>
    </message>
    <message>
      <source>not asked</source>
      <translation>لم يُسأل</translation>
    </message>
    <message>
      <source>not planned yet</source>
      <translation>لم يُخطَّط بعد</translation>
    </message>
    <message>
      <source>not rated yet</source>
      <translation>لم يُقيَّم بعد</translation>
    </message>
    <message>
      <source>not set</source>
      <translation>غير محدد</translation>
    </message>
    <message>
      <source>on closing</source>
      <translation>عند الإغلاق</translation>
    </message>
    <message>
      <source>open action items</source>
      <translation>مهام مفتوحة</translation>
    </message>
    <message>
      <source>overdue</source>
      <translation>متأخر</translation>
    </message>
    <message>
      <source>overdue ({date})</source>
      <translation>متأخر ({date})</translation>
    </message>
    <message>
      <source>overdue action items</source>
      <translation>مهام متأخرة</translation>
    </message>
    <message>
      <source>overdue by 1 day</source>
      <translation>متأخر بيوم واحد</translation>
    </message>
    <message>
      <source>overdue by {n} days</source>
      <translation>متأخر بـ {n} يوم</translation>
    </message>
    <message>
      <source>prepared {date}</source>
      <translation>أُعدّ {date}</translation>
    </message>
    <message>
      <source>private</source>
      <translation>خاص</translation>
    </message>
    <message>
      <source>programme dashboard</source>
      <translation>لوحة البرنامج</translation>
    </message>
    <message>
      <source>progress {percent}</source>
      <translation>التقدم: {percent}</translation>
    </message>
    <message>
      <source>rate skills</source>
      <translation>تقييم المهارات</translation>
    </message>
    <message>
      <source>reflection tags</source>
      <translation>وسوم تأملات</translation>
    </message>
    <message>
      <source>reflection templates</source>
      <translation>قوالب تأملات</translation>
    </message>
    <message>
      <source>reflections</source>
      <translation>تأملات</translation>
    </message>
    <message>
      <source>schema version</source>
      <translation>إصدار المخطط</translation>
    </message>
    <message>
      <source>self rating</source>
      <translation>تقييم ذاتي</translation>
    </message>
    <message>
      <source>session attendees</source>
      <translation>حضور جلسات</translation>
    </message>
    <message>
      <source>session tags</source>
      <translation>وسوم جلسات</translation>
    </message>
    <message>
      <source>session templates</source>
      <translation>قوالب جلسات</translation>
    </message>
    <message>
      <source>sessions</source>
      <translation>جلسات</translation>
    </message>
    <message>
      <source>sessions this month</source>
      <translation>جلسات هذا الشهر</translation>
    </message>
    <message>
      <source>set a goal</source>
      <translation>تحديد هدف</translation>
    </message>
    <message>
      <source>skill ratings</source>
      <translation>تقييمات مهارات</translation>
    </message>
    <message>
      <source>skills</source>
      <translation>مهارات</translation>
    </message>
    <message>
      <source>tags</source>
      <translation>وسوم</translation>
    </message>
    <message>
      <source>target date today</source>
      <translation>التاريخ المستهدف اليوم</translation>
    </message>
    <message>
      <source>target {date}</source>
      <translation>التاريخ المستهدف: {date}</translation>
    </message>
    <message>
      <source>target {value} {unit}</source>
      <translation>المستهدف {value} {unit}</translation>
    </message>
    <message>
      <source>the only keyring here stores passwords unprotected</source>
      <translation>حلقة المفاتيح الوحيدة هنا تخزّن كلمات المرور دون حماية</translation>
    </message>
    <message>
      <source>the selected mentee</source>
      <translation>المتدرب المحدد</translation>
    </message>
    <message>
      <source>the system keyring could not be loaded</source>
      <translation>تعذر تحميل حلقة مفاتيح النظام</translation>
    </message>
    <message>
      <source>the system keyring is locked; unlock it and try again</source>
      <translation>حلقة مفاتيح النظام مقفلة؛ افتح قفلها وحاول مرة أخرى</translation>
    </message>
    <message>
      <source>the system keyring is switched off</source>
      <translation>حلقة مفاتيح النظام معطّلة</translation>
    </message>
    <message>
      <source>there is no system keyring (password store) here</source>
      <translation>لا توجد هنا حلقة مفاتيح للنظام (مخزن كلمات المرور)</translation>
    </message>
    <message>
      <source>there is no usable system keyring here</source>
      <translation>لا توجد هنا حلقة مفاتيح نظام صالحة للاستخدام</translation>
    </message>
    <message>
      <source>to</source>
      <translation>إلى</translation>
    </message>
    <message>
      <source>while working</source>
      <translation>أثناء العمل</translation>
    </message>
    <message>
      <source>write a reflection</source>
      <translation>كتابة تأمل</translation>
    </message>
    <message>
      <source>{0} added</source>
      <translation>أُضيف {0}</translation>
    </message>
    <message>
      <source>{0} added as copies</source>
      <translation>أُضيف {0} كنسخ</translation>
    </message>
    <message>
      <source>{0} kept as they were</source>
      <translation>بقي {0} كما هو</translation>
    </message>
    <message>
      <source>{0} to add, {1} to update, {2} in conflict.</source>
      <translation>{0} للإضافة، {1} للتحديث، {2} في تعارض.</translation>
    </message>
    <message>
      <source>{0} updated</source>
      <translation>حُدِّث {0}</translation>
    </message>
    <message>
      <source>{achieved} / {all}</source>
      <translation>{achieved} من {all}</translation>
    </message>
    <message>
      <source>{action} — {detail}</source>
      <translation>{action} — {detail}</translation>
    </message>
    <message>
      <source>{count} of the {records} refer to {other} that no longer exist.</source>
      <translation>{count} من «{records}» تشير إلى «{other}» لم تعد موجودة.</translation>
    </message>
    <message>
      <source>{date} (planned)</source>
      <translation>{date} (مخطط له)</translation>
    </message>
    <message>
      <source>{date} {time}</source>
      <translation>{date} {time}</translation>
    </message>
    <message>
      <source>{date} · overdue</source>
      <translation>{date} · متأخرة</translation>
    </message>
    <message>
      <source>{date} · {author}</source>
      <translation>{date} · {author}</translation>
    </message>
    <message>
      <source>{date} · {author} (private)</source>
      <translation>{date} · {author} (خاص)</translation>
    </message>
    <message>
      <source>{error}

The latest backup of this journal was made {when} ({why}). Restore it?

The damaged file is kept as it is, under a new name beside it.</source>
      <translation>{error}

أُنشئت آخر نسخة احتياطية من هذا السجل {when} ({why}). هل تريد استعادتها؟

يُحتفظ بالملف التالف كما هو، باسم جديد بجانبه.</translation>
    </message>
    <message>
      <source>{first} and {n} others</source>
      <translation>{first} و{n} آخرون</translation>
    </message>
    <message>
      <source>{group} skills</source>
      <translation>مهارات {group}</translation>
    </message>
    <message numerus="yes">
      <source>{hits} found for %n mentee(s).</source>
      <translation>
        <numerusform>عُثر على {hits} لدى %Ln متدرب.</numerusform>
        <numerusform>عُثر على {hits} لدى متدرب واحد.</numerusform>
        <numerusform>عُثر على {hits} لدى متدربَين.</numerusform>
        <numerusform>عُثر على {hits} لدى %Ln متدربين.</numerusform>
        <numerusform>عُثر على {hits} لدى %Ln متدربًا.</numerusform>
        <numerusform>عُثر على {hits} لدى %Ln متدرب.</numerusform>
      </translation>
    </message>
    <message>
      <source>{h} h</source>
      <translation>{h} س</translation>
    </message>
    <message>
      <source>{h} h {m} min</source>
      <translation>{h} س {m} د</translation>
    </message>
    <message>
      <source>{journal} is already open in Mentor Journal{process}. Switch to that window: a journal cannot be open twice.</source>
      <translation>السجل {journal} مفتوح بالفعل في Mentor Journal{process}. انتقل إلى تلك النافذة: لا يمكن فتح السجل مرتين.</translation>
    </message>
    <message>
      <source>{journal} is being changed by a mentorjournal command{process}. Open it again when the command has finished.</source>
      <translation>يجري تعديل السجل {journal} بواسطة أمر mentorjournal{process}. افتحه مرة أخرى عند انتهاء الأمر.</translation>
    </message>
    <message>
      <source>{label}: {value}</source>
      <translation>{label}: {value}</translation>
    </message>
    <message>
      <source>{m} min</source>
      <translation>{m} د</translation>
    </message>
    <message>
      <source>{n} ({o} open)</source>
      <translation>{n} ({o} مفتوحة)</translation>
    </message>
    <message>
      <source>{n} days</source>
      <translation>{n} يوم</translation>
    </message>
    <message>
      <source>{n} days left</source>
      <translation>بقي {n} يوم</translation>
    </message>
    <message>
      <source>{n} days past the target</source>
      <translation>تجاوز الموعد المستهدف بـ {n} يوم</translation>
    </message>
    <message>
      <source>{n} days since the last session</source>
      <translation>الأيام منذ آخر جلسة: {n}</translation>
    </message>
    <message>
      <source>{n} filters active ·</source>
      <translation>{n} مرشحات نشطة ·</translation>
    </message>
    <message>
      <source>{n} in all</source>
      <translation>{n} إجمالًا</translation>
    </message>
    <message>
      <source>{n} more changes and {s} unchanged on the Progress tab…</source>
      <translation>{n} تغييرات أخرى و{s} دون تغيير في تبويب «التقدم»…</translation>
    </message>
    <message>
      <source>{n} more on the Actions tab…</source>
      <translation>{n} أخرى في تبويب «المهام»…</translation>
    </message>
    <message>
      <source>{n} more on the Goals tab…</source>
      <translation>{n} أخرى في تبويب «الأهداف»…</translation>
    </message>
    <message>
      <source>{n} sessions</source>
      <translation>{n} جلسة</translation>
    </message>
    <message>
      <source>{n} sessions, {a} open action items</source>
      <translation>{n} جلسة، {a} مهمة مفتوحة</translation>
    </message>
    <message>
      <source>{n} skills rated</source>
      <translation>المهارات المُقيَّمة: {n}</translation>
    </message>
    <message>
      <source>{n} skills rated again without change.</source>
      <translation>{n} مهارات أُعيد تقييمها دون تغيير.</translation>
    </message>
    <message>
      <source>{n} skills rated again, none changed.</source>
      <translation>أُعيد تقييم {n} مهارات، ولم يتغير أيٌّ منها.</translation>
    </message>
    <message>
      <source>{n} unsaved drafts from last time</source>
      <translation>{n} مسودات غير محفوظة من المرة السابقة</translation>
    </message>
    <message>
      <source>{open} ({overdue} overdue)</source>
      <translation>{open} (منها {overdue} متأخرة)</translation>
    </message>
    <message>
      <source>{owner}, done {date}</source>
      <translation>{owner}، أُنجزت {date}</translation>
    </message>
    <message>
      <source>{owner}, due {date}</source>
      <translation>{owner}، مستحقة {date}</translation>
    </message>
    <message>
      <source>{owner}, overdue, was due {date}</source>
      <translation>{owner}، متأخرة، كانت مستحقة {date}</translation>
    </message>
    <message>
      <source>{p} % done</source>
      <translation>{p} % مُنجز</translation>
    </message>
    <message>
      <source>{shown} of {total} mentees shown</source>
      <translation>يُعرض {shown} من {total} متدرب</translation>
    </message>
    <message>
      <source>{skill}: ratings over time</source>
      <translation>{skill}: التقييمات عبر الزمن</translation>
    </message>
    <message>
      <source>{s} rated again without change — Progress tab…</source>
      <translation>{s} أُعيد تقييمها دون تغيير — تبويب «التقدم»…</translation>
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
      <translation>{total} ({month} هذا الشهر)</translation>
    </message>
    <message>
      <source>{window}: {part}</source>
      <translation>{window}: {part}</translation>
    </message>
    <message>
      <source>{word} ({rating}/{top}, {date})</source>
      <translation>{word} ({rating}/{top}، {date})</translation>
    </message>
    <message>
      <source>“{name}” has no ratings yet. Remove it from the framework for good?</source>
      <translation>لا تقييمات لـ «{name}» بعد. هل تريد إزالتها من الإطار نهائيًا؟</translation>
    </message>
    <message>
      <source>“{name}” has ratings, so it will be retired rather than deleted: its ratings stay in the mentees' history and charts, but it is no longer offered for new ratings. Retire it?</source>
      <translation>لـ «{name}» تقييمات، لذا ستُوقَف بدلًا من حذفها: تبقى تقييماتها في سجل المتدربين ورسومهم البيانية، لكنها لن تُعرض بعد الآن لتقييمات جديدة. هل تريد إيقافها؟</translation>
    </message>
    <message>
      <source>“{skill}” has a note but no rating: rate it or clear the note.</source>
      <translation>لـ «{skill}» ملاحظة دون تقييم: قيّمها أو امسح الملاحظة.</translation>
    </message>
    <message>
      <source>“{skill}” is no longer rated here; the draft had: {rating} {note}</source>
      <translation>«{skill}» لم تعد تُقيَّم هنا؛ كانت المسودة تحتوي على: {rating} {note}</translation>
    </message>
    <message numerus="yes">
      <source>• %n action item(s)</source>
      <translation>
        <numerusform>• %Ln مهمة</numerusform>
        <numerusform>• %Ln مهمة</numerusform>
        <numerusform>• %Ln مهمتان</numerusform>
        <numerusform>• %Ln مهام</numerusform>
        <numerusform>• %Ln مهمةً</numerusform>
        <numerusform>• %Ln مهمة</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>• %n reflection(s)</source>
      <translation>
        <numerusform>• %Ln تأمل</numerusform>
        <numerusform>• %Ln تأمل</numerusform>
        <numerusform>• %Ln تأملان</numerusform>
        <numerusform>• %Ln تأملات</numerusform>
        <numerusform>• %Ln تأملًا</numerusform>
        <numerusform>• %Ln تأمل</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>• %n session(s) they attended alone</source>
      <translation>
        <numerusform>• %Ln جلسة حضروها وحدهم</numerusform>
        <numerusform>• %Ln جلسة حضروها وحدهم</numerusform>
        <numerusform>• %Ln جلستان حضروهما وحدهم</numerusform>
        <numerusform>• %Ln جلسات حضروها وحدهم</numerusform>
        <numerusform>• %Ln جلسةً حضروها وحدهم</numerusform>
        <numerusform>• %Ln جلسة حضروها وحدهم</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>• their place in %n group session(s) (kept for the others)</source>
      <translation>
        <numerusform>• مكانهم في %Ln جلسة جماعية (تبقى للآخرين)</numerusform>
        <numerusform>• مكانهم في %Ln جلسة جماعية (تبقى للآخرين)</numerusform>
        <numerusform>• مكانهم في %Ln جلستين جماعيتين (تبقيان للآخرين)</numerusform>
        <numerusform>• مكانهم في %Ln جلسات جماعية (تبقى للآخرين)</numerusform>
        <numerusform>• مكانهم في %Ln جلسةً جماعية (تبقى للآخرين)</numerusform>
        <numerusform>• مكانهم في %Ln جلسة جماعية (تبقى للآخرين)</numerusform>
      </translation>
    </message>
    <message>
      <source>• their profile, tags and private notes</source>
      <translation>• ملفهم الشخصي ووسومهم وملاحظاتهم الخاصة</translation>
    </message>
    <message>
      <source>• {goals} with {check_ins}</source>
      <translation>• {goals} مع {check_ins}</translation>
    </message>
    <message>
      <source>… (note continues, {size})</source>
      <translation>… (للملاحظة تتمة، {size})</translation>
    </message>
    <message>
      <source>… (the notes go on in the journal)</source>
      <translation>… (تتمة الملاحظات في السجل)</translation>
    </message>
    <message>
      <source>✓ Achieved (solid)</source>
      <translation>✓ تحقق (خط متصل)</translation>
    </message>
    <message>
      <source>🔒 Private note (left out of summaries and exports)</source>
      <translation>🔒 ملاحظة خاصة (تُستبعد من الملخصات وعمليات التصدير)</translation>
    </message>
    <message>
      <source>🔒 Private notes — only in this journal, left out of summaries and exports</source>
      <translation>🔒 ملاحظات خاصة — في هذا السجل فقط، تُستبعد من الملخصات وعمليات التصدير</translation>
    </message>
    <message>
      <source>🔒 private</source>
      <translation>🔒 خاص</translation>
    </message>
  </context>
</TS>
