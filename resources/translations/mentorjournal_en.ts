<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en">
  <context>
    <name>MentorJournal</name>
    <message numerus="yes">
      <source>%n action item(s)</source>
      <translation>
        <numerusform>%n action item</numerusform>
        <numerusform>%n action items</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n check-in(s)</source>
      <translation>
        <numerusform>%n check-in</numerusform>
        <numerusform>%n check-ins</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n goal check-in(s)</source>
      <translation>
        <numerusform>%n goal check-in</numerusform>
        <numerusform>%n goal check-ins</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n goal(s)</source>
      <translation>
        <numerusform>%n goal</numerusform>
        <numerusform>%n goals</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n mentee(s)</source>
      <translation>
        <numerusform>%n mentee</numerusform>
        <numerusform>%n mentees</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n problem(s) found in your journal.</source>
      <translation>
        <numerusform>%n problem found in your journal.</numerusform>
        <numerusform>%n problems found in your journal.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n reflection(s)</source>
      <translation>
        <numerusform>%n reflection</numerusform>
        <numerusform>%n reflections</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n session(s)</source>
      <translation>
        <numerusform>%n session</numerusform>
        <numerusform>%n sessions</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Its %n action item(s) are deleted with it. </source>
      <translation>
        <numerusform>Its %n action item is deleted with it. </numerusform>
        <numerusform>Its %n action items are deleted with it. </numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Its %n check-in(s) are deleted with it.</source>
      <translation>
        <numerusform>Its %n check-in is deleted with it.</numerusform>
        <numerusform>Its %n check-ins are deleted with it.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>{hits} found for %n mentee(s).</source>
      <translation>
        <numerusform>{hits} found for %n mentee.</numerusform>
        <numerusform>{hits} found for %n mentees.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>• %n action item(s)</source>
      <translation>
        <numerusform>• %n action item</numerusform>
        <numerusform>• %n action items</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>• %n reflection(s)</source>
      <translation>
        <numerusform>• %n reflection</numerusform>
        <numerusform>• %n reflections</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>• %n session(s) they attended alone</source>
      <translation>
        <numerusform>• %n session they attended alone</numerusform>
        <numerusform>• %n sessions they attended alone</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>• their place in %n group session(s) (kept for the others)</source>
      <translation>
        <numerusform>• their place in %n group session (kept for the others)</numerusform>
        <numerusform>• their place in %n group sessions (kept for the others)</numerusform>
      </translation>
    </message>
  </context>
</TS>
