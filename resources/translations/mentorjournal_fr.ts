<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
  <context>
    <name>MentorJournal</name>
    <message>
      <source> (confidence {c}/5)</source>
      <translation> (confiance {c}/5)</translation>
    </message>
    <message>
      <source> (process {pid})</source>
      <translation> (processus {pid})</translation>
    </message>
    <message>
      <source> ({n} mentees)</source>
      <translation> ({n} mentorés)</translation>
    </message>
    <message>
      <source> days</source>
      <translation> jours</translation>
    </message>
    <message>
      <source> min</source>
      <translation> min</translation>
    </message>
    <message numerus="yes">
      <source>%n action item(s)</source>
      <translation>
        <numerusform>%Ln action à mener</numerusform>
        <numerusform>%Ln actions à mener</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n check-in(s)</source>
      <translation>
        <numerusform>%Ln point d’étape</numerusform>
        <numerusform>%Ln points d’étape</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n goal check-in(s)</source>
      <translation>
        <numerusform>%Ln point d’étape d’objectif</numerusform>
        <numerusform>%Ln points d’étape des objectifs</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n goal(s)</source>
      <translation>
        <numerusform>%Ln objectif</numerusform>
        <numerusform>%Ln objectifs</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n mentee(s)</source>
      <translation>
        <numerusform>%n mentoré</numerusform>
        <numerusform>%n mentorés</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n problem(s) found in your journal.</source>
      <translation>
        <numerusform>%Ln problème trouvé dans votre journal.</numerusform>
        <numerusform>%Ln problèmes trouvés dans votre journal.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n reflection(s)</source>
      <translation>
        <numerusform>%Ln réflexion</numerusform>
        <numerusform>%Ln réflexions</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n session(s)</source>
      <translation>
        <numerusform>%Ln séance</numerusform>
        <numerusform>%Ln séances</numerusform>
      </translation>
    </message>
    <message>
      <source>&amp;About Mentor Journal</source>
      <translation>À &amp;propos de Mentor Journal</translation>
    </message>
    <message>
      <source>&amp;About session:</source>
      <translation>&amp;Séance concernée :</translation>
    </message>
    <message>
      <source>&amp;Action:</source>
      <translation>&amp;Action :</translation>
    </message>
    <message>
      <source>&amp;Add</source>
      <translation>&amp;Ajouter</translation>
    </message>
    <message>
      <source>&amp;Add skill</source>
      <translation>&amp;Ajouter une compétence</translation>
    </message>
    <message>
      <source>&amp;Anonymise: names become codes (M-001, M-002…), no contact details</source>
      <translation>&amp;Anonymiser : les noms deviennent des codes (M-001, M-002…), sans coordonnées</translation>
    </message>
    <message>
      <source>&amp;Back up now</source>
      <translation>&amp;Sauvegarder maintenant</translation>
    </message>
    <message>
      <source>&amp;Backups</source>
      <translation>&amp;Sauvegardes</translation>
    </message>
    <message>
      <source>&amp;Backups…</source>
      <translation>&amp;Sauvegardes…</translation>
    </message>
    <message>
      <source>&amp;Calendar file (.ics)…</source>
      <translation>Fichier &amp;calendrier (.ics)…</translation>
    </message>
    <message>
      <source>&amp;Category:</source>
      <translation>&amp;Catégorie :</translation>
    </message>
    <message>
      <source>&amp;Change passphrase</source>
      <translation>&amp;Changer la phrase secrète</translation>
    </message>
    <message>
      <source>&amp;Competency framework…</source>
      <translation>Référentiel de &amp;compétences…</translation>
    </message>
    <message>
      <source>&amp;Contact:</source>
      <translation>&amp;Contact :</translation>
    </message>
    <message>
      <source>&amp;Copy details</source>
      <translation>&amp;Copier les détails</translation>
    </message>
    <message>
      <source>&amp;Current passphrase:</source>
      <translation>Phrase secrète &amp;actuelle :</translation>
    </message>
    <message>
      <source>&amp;Date and time:</source>
      <translation>&amp;Date et heure :</translation>
    </message>
    <message>
      <source>&amp;Date:</source>
      <translation>&amp;Date :</translation>
    </message>
    <message>
      <source>&amp;Default time between sessions:</source>
      <translation>&amp;Délai par défaut entre les séances :</translation>
    </message>
    <message>
      <source>&amp;Delete mentee…</source>
      <translation>Su&amp;pprimer le mentoré…</translation>
    </message>
    <message>
      <source>&amp;Delete…</source>
      <translation>&amp;Supprimer…</translation>
    </message>
    <message>
      <source>&amp;Discard all…</source>
      <translation>&amp;Tout abandonner…</translation>
    </message>
    <message>
      <source>&amp;Done on</source>
      <translation>&amp;Fait le</translation>
    </message>
    <message>
      <source>&amp;Edit</source>
      <translation>É&amp;dition</translation>
    </message>
    <message>
      <source>&amp;Edit mentee…</source>
      <translation>&amp;Modifier le mentoré…</translation>
    </message>
    <message>
      <source>&amp;Encrypt backups…</source>
      <translation>&amp;Chiffrer les sauvegardes…</translation>
    </message>
    <message>
      <source>&amp;Expected every:</source>
      <translation>&amp;Prévu tous les :</translation>
    </message>
    <message>
      <source>&amp;Export journal…</source>
      <translation>&amp;Exporter le journal…</translation>
    </message>
    <message>
      <source>&amp;File</source>
      <translation>&amp;Fichier</translation>
    </message>
    <message>
      <source>&amp;Find mentee</source>
      <translation>&amp;Trouver un mentoré</translation>
    </message>
    <message>
      <source>&amp;From:</source>
      <translation>&amp;Du :</translation>
    </message>
    <message>
      <source>&amp;Full name:</source>
      <translation>&amp;Nom complet :</translation>
    </message>
    <message>
      <source>&amp;General</source>
      <translation>&amp;Général</translation>
    </message>
    <message>
      <source>&amp;Goal:</source>
      <translation>&amp;Objectif :</translation>
    </message>
    <message>
      <source>&amp;Group:</source>
      <translation>&amp;Groupe :</translation>
    </message>
    <message>
      <source>&amp;Help</source>
      <translation>Aid&amp;e</translation>
    </message>
    <message>
      <source>&amp;Import…</source>
      <translation>&amp;Importer…</translation>
    </message>
    <message>
      <source>&amp;Include private notes</source>
      <translation>&amp;Inclure les notes privées</translation>
    </message>
    <message>
      <source>&amp;Institution:</source>
      <translation>&amp;Établissement :</translation>
    </message>
    <message>
      <source>&amp;Kind:</source>
      <translation>&amp;Type :</translation>
    </message>
    <message>
      <source>&amp;Language:</source>
      <translation>&amp;Langue :</translation>
    </message>
    <message>
      <source>&amp;Last session:</source>
      <translation>&amp;Dernière séance :</translation>
    </message>
    <message>
      <source>&amp;Later</source>
      <translation>&amp;Plus tard</translation>
    </message>
    <message>
      <source>&amp;Level:</source>
      <translation>&amp;Niveau :</translation>
    </message>
    <message>
      <source>&amp;Lock now</source>
      <translation>&amp;Verrouiller maintenant</translation>
    </message>
    <message>
      <source>&amp;Measured:</source>
      <translation>&amp;Mesuré :</translation>
    </message>
    <message>
      <source>&amp;Mentee</source>
      <translation>&amp;Mentoré</translation>
    </message>
    <message>
      <source>&amp;Mentee:</source>
      <translation>&amp;Mentoré :</translation>
    </message>
    <message>
      <source>&amp;Mentor</source>
      <translation>&amp;Mentor</translation>
    </message>
    <message>
      <source>&amp;Model:</source>
      <translation>&amp;Modalité :</translation>
    </message>
    <message>
      <source>&amp;Name:</source>
      <translation>&amp;Nom :</translation>
    </message>
    <message>
      <source>&amp;New</source>
      <translation>&amp;Nouveau</translation>
    </message>
    <message>
      <source>&amp;New passphrase:</source>
      <translation>&amp;Nouvelle phrase secrète :</translation>
    </message>
    <message>
      <source>&amp;New template</source>
      <translation>&amp;Nouveau modèle</translation>
    </message>
    <message>
      <source>&amp;Next meeting:</source>
      <translation>&amp;Prochaine rencontre :</translation>
    </message>
    <message>
      <source>&amp;No</source>
      <translation>&amp;Non</translation>
    </message>
    <message>
      <source>&amp;Note:</source>
      <translation>&amp;Note :</translation>
    </message>
    <message>
      <source>&amp;Open another journal…</source>
      <translation>&amp;Ouvrir un autre journal…</translation>
    </message>
    <message>
      <source>&amp;Open the journal</source>
      <translation>&amp;Ouvrir le journal</translation>
    </message>
    <message>
      <source>&amp;Passphrase:</source>
      <translation>&amp;Phrase secrète :</translation>
    </message>
    <message>
      <source>&amp;Preferred name:</source>
      <translation>&amp;Nom d’usage :</translation>
    </message>
    <message>
      <source>&amp;Preview and print…</source>
      <translation>&amp;Aperçu et impression…</translation>
    </message>
    <message>
      <source>&amp;Print brief…</source>
      <translation>Imprimer la &amp;fiche…</translation>
    </message>
    <message>
      <source>&amp;Privacy</source>
      <translation>&amp;Confidentialité</translation>
    </message>
    <message>
      <source>&amp;Private note:</source>
      <translation>Note &amp;privée :</translation>
    </message>
    <message>
      <source>&amp;Private — keep this reflection in the app</source>
      <translation>&amp;Privée — garder cette réflexion dans l’application</translation>
    </message>
    <message>
      <source>&amp;Programme:</source>
      <translation>&amp;Filière :</translation>
    </message>
    <message>
      <source>&amp;Progress:</source>
      <translation>&amp;Progression :</translation>
    </message>
    <message>
      <source>&amp;Prompts:</source>
      <translation>&amp;Questions :</translation>
    </message>
    <message>
      <source>&amp;Quit</source>
      <translation>&amp;Quitter</translation>
    </message>
    <message>
      <source>&amp;Reflection:</source>
      <translation>&amp;Réflexion :</translation>
    </message>
    <message>
      <source>&amp;Reflections</source>
      <translation>&amp;Réflexions</translation>
    </message>
    <message>
      <source>&amp;Remember export passphrases on this computer</source>
      <translation>&amp;Mémoriser les phrases secrètes d’export sur cet ordinateur</translation>
    </message>
    <message>
      <source>&amp;Remove</source>
      <translation>&amp;Retirer</translation>
    </message>
    <message>
      <source>&amp;Remove passphrase</source>
      <translation>&amp;Retirer la phrase secrète</translation>
    </message>
    <message>
      <source>&amp;Remove…</source>
      <translation>&amp;Retirer…</translation>
    </message>
    <message>
      <source>&amp;Repeat:</source>
      <translation>&amp;Répéter :</translation>
    </message>
    <message>
      <source>&amp;Restore</source>
      <translation>&amp;Restaurer</translation>
    </message>
    <message>
      <source>&amp;Restore…</source>
      <translation>&amp;Restaurer…</translation>
    </message>
    <message>
      <source>&amp;Save</source>
      <translation>&amp;Enregistrer</translation>
    </message>
    <message>
      <source>&amp;Save…</source>
      <translation>&amp;Enregistrer…</translation>
    </message>
    <message>
      <source>&amp;Search the journal…</source>
      <translation>&amp;Rechercher dans le journal…</translation>
    </message>
    <message>
      <source>&amp;Self (the mentee)</source>
      <translation>&amp;Lui-même (le mentoré)</translation>
    </message>
    <message>
      <source>&amp;Sessions</source>
      <translation>&amp;Séances</translation>
    </message>
    <message>
      <source>&amp;Set passphrase</source>
      <translation>&amp;Définir la phrase secrète</translation>
    </message>
    <message>
      <source>&amp;Stop encrypting</source>
      <translation>&amp;Arrêter le chiffrement</translation>
    </message>
    <message>
      <source>&amp;Table:</source>
      <translation>&amp;Tableau :</translation>
    </message>
    <message>
      <source>&amp;Tag:</source>
      <translation>É&amp;tiquette :</translation>
    </message>
    <message>
      <source>&amp;Target:</source>
      <translation>&amp;Cible :</translation>
    </message>
    <message>
      <source>&amp;Templates…</source>
      <translation>&amp;Modèles…</translation>
    </message>
    <message>
      <source>&amp;Theme:</source>
      <translation>&amp;Thème :</translation>
    </message>
    <message>
      <source>&amp;To:</source>
      <translation>&amp;Au :</translation>
    </message>
    <message>
      <source>&amp;Tools</source>
      <translation>&amp;Outils</translation>
    </message>
    <message>
      <source>&amp;Topics:</source>
      <translation>&amp;Sujets :</translation>
    </message>
    <message>
      <source>&amp;Unlock</source>
      <translation>&amp;Déverrouiller</translation>
    </message>
    <message>
      <source>&amp;View</source>
      <translation>&amp;Affichage</translation>
    </message>
    <message>
      <source>&amp;Who does it:</source>
      <translation>&amp;Qui s’en charge :</translation>
    </message>
    <message>
      <source>&amp;Written by:</source>
      <translation>&amp;Écrit par :</translation>
    </message>
    <message>
      <source>&amp;Yes</source>
      <translation>&amp;Oui</translation>
    </message>
    <message>
      <source>(self)</source>
      <translation>(auto-évaluation)</translation>
    </message>
    <message>
      <source>+ {n} more goals</source>
      <translation>+ {n} autres objectifs</translation>
    </message>
    <message>
      <source>1 day left</source>
      <translation>1 jour restant</translation>
    </message>
    <message>
      <source>1 day past the target</source>
      <translation>1 jour après la cible</translation>
    </message>
    <message>
      <source>1 day since the last session</source>
      <translation>1 jour depuis la dernière séance</translation>
    </message>
    <message>
      <source>1 filter active ·</source>
      <translation>1 filtre actif ·</translation>
    </message>
    <message>
      <source>1 low</source>
      <translation>1 faible</translation>
    </message>
    <message>
      <source>1 session</source>
      <translation>1 séance</translation>
    </message>
    <message>
      <source>1 skill rated</source>
      <translation>1 compétence évaluée</translation>
    </message>
    <message>
      <source>1 unsaved draft from last time</source>
      <translation>1 brouillon non enregistré de la dernière fois</translation>
    </message>
    <message>
      <source>1 — not confident</source>
      <translation>1 — pas confiant</translation>
    </message>
    <message>
      <source>2</source>
      <translation>2</translation>
    </message>
    <message>
      <source>3 — fairly confident</source>
      <translation>3 — assez confiant</translation>
    </message>
    <message>
      <source>4</source>
      <translation>4</translation>
    </message>
    <message>
      <source>5 high</source>
      <translation>5 élevée</translation>
    </message>
    <message>
      <source>5 — very confident</source>
      <translation>5 — très confiant</translation>
    </message>
    <message>
      <source>A new reflection can start from one of these prompts.</source>
      <translation>Une nouvelle réflexion peut partir de l’une de ces questions.</translation>
    </message>
    <message>
      <source>A new session can start from a template: its kind, duration, topics and note prompts are filled in for you.</source>
      <translation>Une nouvelle séance peut partir d’un modèle : le type, la durée, les sujets et les questions de notes sont remplis pour vous.</translation>
    </message>
    <message>
      <source>A private reflection is left out of summaries and exports by default</source>
      <translation>Une réflexion privée est exclue par défaut des synthèses et des exports</translation>
    </message>
    <message>
      <source>A short name for the goal, as you would say it to the mentee</source>
      <translation>Un nom court pour l’objectif, comme vous le diriez au mentoré</translation>
    </message>
    <message>
      <source>A — Achievable</source>
      <translation>A — Atteignable</translation>
    </message>
    <message>
      <source>A&amp;ttended:</source>
      <translation>&amp;Présents :</translation>
    </message>
    <message>
      <source>About Mentor Journal</source>
      <translation>À propos de Mentor Journal</translation>
    </message>
    <message>
      <source>About you and this journal</source>
      <translation>Vous et ce journal</translation>
    </message>
    <message>
      <source>Achievable</source>
      <translation>Atteignable</translation>
    </message>
    <message>
      <source>Achieved</source>
      <translation>Atteint</translation>
    </message>
    <message>
      <source>Action</source>
      <translation>Action</translation>
    </message>
    <message>
      <source>Action item</source>
      <translation>Action à mener</translation>
    </message>
    <message>
      <source>Action item for {name} ({owner} to do)</source>
      <translation>Action pour {name} (à faire par le {owner})</translation>
    </message>
    <message>
      <source>Action items</source>
      <translation>Actions à mener</translation>
    </message>
    <message>
      <source>Action items agreed</source>
      <translation>Actions convenues</translation>
    </message>
    <message>
      <source>Actions</source>
      <translation>Actions</translation>
    </message>
    <message>
      <source>Active</source>
      <translation>Actif</translation>
    </message>
    <message>
      <source>Active goals</source>
      <translation>Objectifs en cours</translation>
    </message>
    <message>
      <source>Active mentees</source>
      <translation>Mentorés actifs</translation>
    </message>
    <message>
      <source>Add a mentee</source>
      <translation>Ajouter un mentoré</translation>
    </message>
    <message>
      <source>Add a mentee…</source>
      <translation>Ajouter un mentoré…</translation>
    </message>
    <message>
      <source>Add a new skill to the framework</source>
      <translation>Ajouter une compétence au référentiel</translation>
    </message>
    <message>
      <source>Add check-in…</source>
      <translation>Ajouter un point d’étape…</translation>
    </message>
    <message>
      <source>Add this action item (Enter)</source>
      <translation>Ajouter cette action (Entrée)</translation>
    </message>
    <message>
      <source>Added</source>
      <translation>Ajoutés</translation>
    </message>
    <message>
      <source>All &amp;sessions</source>
      <translation>Toutes les &amp;séances</translation>
    </message>
    <message>
      <source>All mentees</source>
      <translation>Tous les mentorés</translation>
    </message>
    <message>
      <source>All records</source>
      <translation>Tout l’historique</translation>
    </message>
    <message>
      <source>All reflections…</source>
      <translation>Toutes les réflexions…</translation>
    </message>
    <message>
      <source>All sessions</source>
      <translation>Toutes les séances</translation>
    </message>
    <message>
      <source>An editor has changes that are not saved. Quit and lose them?</source>
      <translation>Un éditeur contient des modifications non enregistrées. Quitter et les perdre ?</translation>
    </message>
    <message>
      <source>An index of the {records} is out of step with the records ({detail}).</source>
      <translation>Un index des {records} n’est plus en phase avec les enregistrements ({detail}).</translation>
    </message>
    <message>
      <source>An offline journal for trainers who mentor learners: sessions, goals, action items and reflections, kept on this computer.</source>
      <translation>Un journal hors ligne pour les formateurs qui accompagnent des apprenants : séances, objectifs, actions et réflexions, conservés sur cet ordinateur.</translation>
    </message>
    <message>
      <source>Any cohort</source>
      <translation>Toute promotion</translation>
    </message>
    <message>
      <source>Any programme</source>
      <translation>Toute filière</translation>
    </message>
    <message>
      <source>Any tag</source>
      <translation>Toute étiquette</translation>
    </message>
    <message>
      <source>Anyone who gets the file can read everything in it. Use this only on a computer and a storage device you trust.</source>
      <translation>Quiconque obtient le fichier peut tout y lire. N’utilisez cette option que sur un ordinateur et un support de confiance.</translation>
    </message>
    <message>
      <source>App lock &amp;passphrase…</source>
      <translation>&amp;Phrase secrète de verrouillage…</translation>
    </message>
    <message>
      <source>App lock passphrase</source>
      <translation>Phrase secrète de verrouillage</translation>
    </message>
    <message>
      <source>Apply</source>
      <translation>Appliquer</translation>
    </message>
    <message>
      <source>Assisted</source>
      <translation>Avec aide</translation>
    </message>
    <message>
      <source>Attended: {names}</source>
      <translation>Présents : {names}</translation>
    </message>
    <message>
      <source>Attendees</source>
      <translation>Présents</translation>
    </message>
    <message>
      <source>Author</source>
      <translation>Auteur</translation>
    </message>
    <message>
      <source>Average of the last {n} sessions</source>
      <translation>Moyenne des {n} dernières séances</translation>
    </message>
    <message>
      <source>Back &amp;up now</source>
      <translation>Sa&amp;uvegarder maintenant</translation>
    </message>
    <message>
      <source>Back to the mentee's page</source>
      <translation>Retour à la page du mentoré</translation>
    </message>
    <message>
      <source>Back up when the app &amp;closes</source>
      <translation>Sauvegarder à la &amp;fermeture de l’application</translation>
    </message>
    <message>
      <source>Back up when the app closes</source>
      <translation>Sauvegarder à la fermeture de l’application</translation>
    </message>
    <message>
      <source>Back up while working, every (minutes)</source>
      <translation>Sauvegarder pendant le travail, toutes les (minutes)</translation>
    </message>
    <message>
      <source>Backed up ({size}).</source>
      <translation>Sauvegardé ({size}).</translation>
    </message>
    <message>
      <source>Backed up now</source>
      <translation>Sauvegarde manuelle</translation>
    </message>
    <message>
      <source>Backed up to {name}</source>
      <translation>Sauvegardé dans {name}</translation>
    </message>
    <message>
      <source>Backing up…</source>
      <translation>Sauvegarde en cours…</translation>
    </message>
    <message>
      <source>Backup passphrase</source>
      <translation>Phrase secrète des sauvegardes</translation>
    </message>
    <message>
      <source>Backups</source>
      <translation>Sauvegardes</translation>
    </message>
    <message>
      <source>Backups are copies of the whole journal in your user data folder, made with SQLite's backup function. A backup is always made before an upgrade and before an import.</source>
      <translation>Les sauvegardes sont des copies complètes du journal dans votre dossier de données, faites avec la fonction de sauvegarde de SQLite. Une sauvegarde est toujours faite avant une mise à jour et avant une importation.</translation>
    </message>
    <message>
      <source>Backups are made when the journal closes, regularly while it changes (Settings &gt; Backups), and before upgrades, imports and restores. They are kept in:
{folder}</source>
      <translation>Les sauvegardes sont faites à la fermeture du journal, régulièrement pendant qu’il change (Paramètres &gt; Sauvegardes), et avant les mises à jour, importations et restaurations. Elles sont conservées dans :
{folder}</translation>
    </message>
    <message>
      <source>Backups will be encrypted to a key of this journal, protected by this passphrase. Only restoring a backup asks for it. Without it, encrypted backups cannot be restored: keep it somewhere safe.</source>
      <translation>Les sauvegardes seront chiffrées avec une clé de ce journal, protégée par cette phrase secrète. Seule la restauration d’une sauvegarde la demande. Sans elle, les sauvegardes chiffrées ne peuvent pas être restaurées : conservez-la en lieu sûr.</translation>
    </message>
    <message>
      <source>Before a restore</source>
      <translation>Avant une restauration</translation>
    </message>
    <message>
      <source>Before a schema upgrade</source>
      <translation>Avant une mise à jour du schéma</translation>
    </message>
    <message>
      <source>Before an import</source>
      <translation>Avant une importation</translation>
    </message>
    <message>
      <source>Brief</source>
      <translation>Fiche</translation>
    </message>
    <message>
      <source>Bring an export into this journal (preview first)</source>
      <translation>Importer un export dans ce journal (avec aperçu)</translation>
    </message>
    <message>
      <source>By</source>
      <translation>Par</translation>
    </message>
    <message>
      <source>By when the goal should be reached</source>
      <translation>Date à laquelle l’objectif doit être atteint</translation>
    </message>
    <message>
      <source>C&amp;heck journal…</source>
      <translation>&amp;Vérifier le journal…</translation>
    </message>
    <message>
      <source>C&amp;ohort / group:</source>
      <translation>&amp;Promotion / groupe :</translation>
    </message>
    <message>
      <source>C&amp;ohort:</source>
      <translation>&amp;Promotion :</translation>
    </message>
    <message>
      <source>CSV spreadsheets (*.csv)</source>
      <translation>Tableurs CSV (*.csv)</translation>
    </message>
    <message>
      <source>Calendar (.ics): next meeting and open action items</source>
      <translation>Calendrier (.ics) : prochaine rencontre et actions en cours</translation>
    </message>
    <message>
      <source>Calendar files (*.ics)</source>
      <translation>Fichiers calendrier (*.ics)</translation>
    </message>
    <message>
      <source>Can teach others</source>
      <translation>Peut former d’autres</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Annuler</translation>
    </message>
    <message>
      <source>Cancelling…</source>
      <translation>Annulation…</translation>
    </message>
    <message>
      <source>Career</source>
      <translation>Carrière</translation>
    </message>
    <message>
      <source>Category</source>
      <translation>Catégorie</translation>
    </message>
    <message>
      <source>Chart</source>
      <translation>Graphique</translation>
    </message>
    <message>
      <source>Chart data</source>
      <translation>Données du graphique</translation>
    </message>
    <message>
      <source>Chart not saved</source>
      <translation>Graphique non enregistré</translation>
    </message>
    <message>
      <source>Check every page, index and link of the journal</source>
      <translation>Vérifier chaque page, index et lien du journal</translation>
    </message>
    <message>
      <source>Check journal</source>
      <translation>Vérifier le journal</translation>
    </message>
    <message>
      <source>Check report</source>
      <translation>Rapport de vérification</translation>
    </message>
    <message>
      <source>Check-in</source>
      <translation>Point d’étape</translation>
    </message>
    <message>
      <source>Check-in date</source>
      <translation>Date du point d’étape</translation>
    </message>
    <message>
      <source>Check-in {date}, {progress}</source>
      <translation>Point d’étape du {date}, {progress}</translation>
    </message>
    <message>
      <source>Check-ins</source>
      <translation>Points d’étape</translation>
    </message>
    <message>
      <source>Check-ins ({n})</source>
      <translation>Points d’étape ({n})</translation>
    </message>
    <message>
      <source>Checking the journal… (a few seconds at most)</source>
      <translation>Vérification du journal… (quelques secondes au plus)</translation>
    </message>
    <message>
      <source>Checking the passphrase…</source>
      <translation>Vérification de la phrase secrète…</translation>
    </message>
    <message>
      <source>Choose a mentee first.</source>
      <translation>Choisissez d’abord un mentoré.</translation>
    </message>
    <message>
      <source>Choose a mentee on the left to see their page.</source>
      <translation>Choisissez un mentoré à gauche pour voir sa page.</translation>
    </message>
    <message>
      <source>Choose a mentee…</source>
      <translation>Choisir un mentoré…</translation>
    </message>
    <message>
      <source>Choose a table for the CSV file.</source>
      <translation>Choisissez un tableau pour le fichier CSV.</translation>
    </message>
    <message>
      <source>Choose at least one section.</source>
      <translation>Choisissez au moins une section.</translation>
    </message>
    <message>
      <source>Choose the file to import.</source>
      <translation>Choisissez le fichier à importer.</translation>
    </message>
    <message>
      <source>Choose the mentee this action is for.</source>
      <translation>Choisissez le mentoré concerné par cette action.</translation>
    </message>
    <message>
      <source>Choose the mentee this goal is for.</source>
      <translation>Choisissez le mentoré concerné par cet objectif.</translation>
    </message>
    <message>
      <source>Choose the mentee this reflection is about.</source>
      <translation>Choisissez le mentoré concerné par cette réflexion.</translation>
    </message>
    <message>
      <source>Choose where to save the export.</source>
      <translation>Choisissez où enregistrer l’export.</translation>
    </message>
    <message>
      <source>Choose…</source>
      <translation>Choisir…</translation>
    </message>
    <message>
      <source>Chosen mentees, with their whole history:</source>
      <translation>Mentorés choisis, avec tout leur historique :</translation>
    </message>
    <message>
      <source>Clear</source>
      <translation>Effacer</translation>
    </message>
    <message>
      <source>Clear date</source>
      <translation>Effacer la date</translation>
    </message>
    <message>
      <source>Clear filters</source>
      <translation>Effacer les filtres</translation>
    </message>
    <message>
      <source>Clear session filters</source>
      <translation>Effacer les filtres de séances</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>Fermer</translation>
    </message>
    <message>
      <source>Close without saving (Esc)</source>
      <translation>Fermer sans enregistrer (Échap)</translation>
    </message>
    <message>
      <source>Co&amp;nsent to record:</source>
      <translation>&amp;Consentement à la prise de notes :</translation>
    </message>
    <message>
      <source>Cohort</source>
      <translation>Promotion</translation>
    </message>
    <message>
      <source>Competency framework</source>
      <translation>Référentiel de compétences</translation>
    </message>
    <message>
      <source>Completed</source>
      <translation>Terminé</translation>
    </message>
    <message>
      <source>Confidence</source>
      <translation>Confiance</translation>
    </message>
    <message>
      <source>Confidence (1-5)</source>
      <translation>Confiance (1-5)</translation>
    </message>
    <message>
      <source>Confidence at each session</source>
      <translation>Confiance à chaque séance</translation>
    </message>
    <message>
      <source>Confidence each mentee gave themselves, 1 (low) to 5 (high):</source>
      <translation>Confiance que chaque mentoré s’est donnée, de 1 (faible) à 5 (élevée) :</translation>
    </message>
    <message>
      <source>Confidence of {name}</source>
      <translation>Confiance de {name}</translation>
    </message>
    <message>
      <source>Confidence:</source>
      <translation>Confiance :</translation>
    </message>
    <message>
      <source>Confidential: includes private notes</source>
      <translation>Confidentiel : contient des notes privées</translation>
    </message>
    <message>
      <source>Conflicts</source>
      <translation>Conflits</translation>
    </message>
    <message>
      <source>Conflicts: {0}</source>
      <translation>Conflits : {0}</translation>
    </message>
    <message>
      <source>Consent given</source>
      <translation>Consentement donné</translation>
    </message>
    <message>
      <source>Consent to record date</source>
      <translation>Date du consentement</translation>
    </message>
    <message>
      <source>Contact</source>
      <translation>Contact</translation>
    </message>
    <message>
      <source>Contact</source>
      <comment>phone or e-mail</comment>
      <translation>Coordonnées</translation>
    </message>
    <message>
      <source>Contents</source>
      <translation>Sommaire</translation>
    </message>
    <message>
      <source>Copied</source>
      <translation>Copié</translation>
    </message>
    <message>
      <source>Copied into a new reflection's text when this template is chosen</source>
      <translation>Copié dans le texte d’une nouvelle réflexion quand ce modèle est choisi</translation>
    </message>
    <message>
      <source>Copied into the session's notes, one prompt per line</source>
      <translation>Copié dans les notes de la séance, une question par ligne</translation>
    </message>
    <message>
      <source>Ctrl+K: one table, keyboard only</source>
      <translation>Ctrl+K : un seul tableau, au clavier uniquement</translation>
    </message>
    <message>
      <source>Current (active and paused)</source>
      <translation>En cours (actifs et en pause)</translation>
    </message>
    <message>
      <source>Current passphrase</source>
      <translation>Phrase secrète actuelle</translation>
    </message>
    <message>
      <source>D&amp;escription:</source>
      <translation>D&amp;escription :</translation>
    </message>
    <message>
      <source>D&amp;ue date:</source>
      <translation>É&amp;chéance :</translation>
    </message>
    <message>
      <source>D&amp;uration:</source>
      <translation>D&amp;urée :</translation>
    </message>
    <message>
      <source>Daily backups kept</source>
      <translation>Sauvegardes quotidiennes conservées</translation>
    </message>
    <message>
      <source>Daily backups kept:</source>
      <translation>Sauvegardes quotidiennes conservées :</translation>
    </message>
    <message>
      <source>Dark</source>
      <translation>Sombre</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>Date</translation>
    </message>
    <message>
      <source>Date of the rating</source>
      <translation>Date de l’évaluation</translation>
    </message>
    <message>
      <source>Date rated</source>
      <translation>Date d’évaluation</translation>
    </message>
    <message>
      <source>Days since</source>
      <translation>Jours depuis</translation>
    </message>
    <message>
      <source>Days since the last session</source>
      <translation>Jours depuis la dernière séance</translation>
    </message>
    <message>
      <source>Days without a session, longer than {n}</source>
      <translation>Jours sans séance, au-delà de {n}</translation>
    </message>
    <message>
      <source>Default days between sessions</source>
      <translation>Nombre de jours par défaut entre les séances</translation>
    </message>
    <message>
      <source>Default time between sessions</source>
      <translation>Délai par défaut entre les séances</translation>
    </message>
    <message>
      <source>Delete</source>
      <translation>Supprimer</translation>
    </message>
    <message>
      <source>Delete action item</source>
      <translation>Supprimer l’action</translation>
    </message>
    <message>
      <source>Delete check-in</source>
      <translation>Supprimer le point d’étape</translation>
    </message>
    <message>
      <source>Delete check-in…</source>
      <translation>Supprimer le point d’étape…</translation>
    </message>
    <message>
      <source>Delete goal</source>
      <translation>Supprimer l’objectif</translation>
    </message>
    <message>
      <source>Delete reflection</source>
      <translation>Supprimer la réflexion</translation>
    </message>
    <message>
      <source>Delete session</source>
      <translation>Supprimer la séance</translation>
    </message>
    <message>
      <source>Delete template?</source>
      <translation>Supprimer le modèle ?</translation>
    </message>
    <message>
      <source>Delete the action item “{text}”?</source>
      <translation>Supprimer l’action « {text} » ?</translation>
    </message>
    <message>
      <source>Delete the check-in of {date}?</source>
      <translation>Supprimer le point d’étape du {date} ?</translation>
    </message>
    <message>
      <source>Delete the goal “{title}”?</source>
      <translation>Supprimer l’objectif « {title} » ?</translation>
    </message>
    <message>
      <source>Delete the reflection of {date}?</source>
      <translation>Supprimer la réflexion du {date} ?</translation>
    </message>
    <message>
      <source>Delete the session of {date}?</source>
      <translation>Supprimer la séance du {date} ?</translation>
    </message>
    <message>
      <source>Delete the template “{name}”? Sessions and reflections made from it keep their text.</source>
      <translation>Supprimer le modèle « {name} » ? Les séances et réflexions créées avec lui gardent leur texte.</translation>
    </message>
    <message>
      <source>Delete…</source>
      <translation>Supprimer…</translation>
    </message>
    <message>
      <source>Details</source>
      <translation>Détails</translation>
    </message>
    <message>
      <source>Discard</source>
      <translation>Abandonner</translation>
    </message>
    <message>
      <source>Discard changes?</source>
      <translation>Abandonner les modifications ?</translation>
    </message>
    <message>
      <source>Discard drafts?</source>
      <translation>Abandonner les brouillons ?</translation>
    </message>
    <message>
      <source>Discard every unsaved draft? What they hold is lost.</source>
      <translation>Abandonner tous les brouillons non enregistrés ? Leur contenu sera perdu.</translation>
    </message>
    <message>
      <source>Done</source>
      <translation>Fait</translation>
    </message>
    <message>
      <source>Done date</source>
      <translation>Date de réalisation</translation>
    </message>
    <message>
      <source>Done on</source>
      <translation>Fait le</translation>
    </message>
    <message>
      <source>Draft kept {time}</source>
      <translation>Brouillon conservé à {time}</translation>
    </message>
    <message>
      <source>Draft kept {time} outside the journal (it cannot be written now)</source>
      <translation>Brouillon conservé à {time} hors du journal (il ne peut pas être écrit pour l’instant)</translation>
    </message>
    <message>
      <source>Dropped</source>
      <translation>Abandonné</translation>
    </message>
    <message>
      <source>Due</source>
      <translation>Échéance</translation>
    </message>
    <message>
      <source>Due</source>
      <comment>meeting status: time to meet again</comment>
      <translation>À prévoir</translation>
    </message>
    <message>
      <source>Due date</source>
      <translation>Échéance</translation>
    </message>
    <message>
      <source>Duration</source>
      <translation>Durée</translation>
    </message>
    <message>
      <source>Duration in minutes</source>
      <translation>Durée en minutes</translation>
    </message>
    <message>
      <source>Edit</source>
      <translation>Modifier</translation>
    </message>
    <message>
      <source>Edit action item</source>
      <translation>Modifier l’action</translation>
    </message>
    <message>
      <source>Edit action item — {name}</source>
      <translation>Modifier l’action — {name}</translation>
    </message>
    <message>
      <source>Edit check-in</source>
      <translation>Modifier le point d’étape</translation>
    </message>
    <message>
      <source>Edit check-in — {name}</source>
      <translation>Modifier le point d’étape — {name}</translation>
    </message>
    <message>
      <source>Edit check-in…</source>
      <translation>Modifier le point d’étape…</translation>
    </message>
    <message>
      <source>Edit goal</source>
      <translation>Modifier l’objectif</translation>
    </message>
    <message>
      <source>Edit goal — {name}</source>
      <translation>Modifier l’objectif — {name}</translation>
    </message>
    <message>
      <source>Edit mentee</source>
      <translation>Modifier le mentoré</translation>
    </message>
    <message>
      <source>Edit mentee — {name}</source>
      <translation>Modifier le mentoré — {name}</translation>
    </message>
    <message>
      <source>Edit mentee…</source>
      <translation>Modifier le mentoré…</translation>
    </message>
    <message>
      <source>Edit reflection</source>
      <translation>Modifier la réflexion</translation>
    </message>
    <message>
      <source>Edit reflection — {name}</source>
      <translation>Modifier la réflexion — {name}</translation>
    </message>
    <message>
      <source>Edit session</source>
      <translation>Modifier la séance</translation>
    </message>
    <message>
      <source>Edit session — {name}</source>
      <translation>Modifier la séance — {name}</translation>
    </message>
    <message>
      <source>Edit…</source>
      <translation>Modifier…</translation>
    </message>
    <message>
      <source>Empty</source>
      <translation>Vide</translation>
    </message>
    <message>
      <source>Encrypt backups</source>
      <translation>Chiffrer les sauvegardes</translation>
    </message>
    <message>
      <source>Encrypt to people's keys (age1…)</source>
      <translation>Chiffrer pour les clés de personnes (age1…)</translation>
    </message>
    <message>
      <source>Encrypt with a passphrase</source>
      <translation>Chiffrer avec une phrase secrète</translation>
    </message>
    <message>
      <source>Encrypted</source>
      <translation>Chiffré</translation>
    </message>
    <message>
      <source>Enter a number, such as 75.</source>
      <translation>Saisissez un nombre, par exemple 75.</translation>
    </message>
    <message>
      <source>Enter a number, such as 8 or 2.5.</source>
      <translation>Saisissez un nombre, par exemple 8 ou 2,5.</translation>
    </message>
    <message>
      <source>Enter a passphrase, or press Generate.</source>
      <translation>Saisissez une phrase secrète, ou appuyez sur Générer.</translation>
    </message>
    <message>
      <source>Enter at least one recipient (age1…).</source>
      <translation>Saisissez au moins un destinataire (age1…).</translation>
    </message>
    <message>
      <source>Enter the passphrase.</source>
      <translation>Saisissez la phrase secrète.</translation>
    </message>
    <message>
      <source>Enter this journal's backup passphrase to open it with the journal's key.</source>
      <translation>Saisissez la phrase secrète des sauvegardes de ce journal pour l’ouvrir avec la clé du journal.</translation>
    </message>
    <message>
      <source>Erase for good</source>
      <translation>Effacer définitivement</translation>
    </message>
    <message>
      <source>Erase mentee</source>
      <translation>Effacer le mentoré</translation>
    </message>
    <message>
      <source>Erase {name} and everything recorded about them?</source>
      <translation>Effacer {name} et tout ce qui a été noté à son sujet ?</translation>
    </message>
    <message>
      <source>Every mentee's sessions, with filters (Ctrl+Shift+S)</source>
      <translation>Les séances de tous les mentorés, avec filtres (Ctrl+Maj+S)</translation>
    </message>
    <message>
      <source>Every page, index and link between records was checked.</source>
      <translation>Chaque page, index et lien entre enregistrements a été vérifié.</translation>
    </message>
    <message>
      <source>Every rating of one skill: yours as the mentor (solid) and the mentee's own (dashed). A rating holds until the next one.</source>
      <translation>Toutes les évaluations d’une compétence : la vôtre en tant que mentor (trait plein) et celle du mentoré (tirets). Une évaluation vaut jusqu’à la suivante.</translation>
    </message>
    <message>
      <source>Everything in this file is already in the journal.</source>
      <translation>Tout le contenu de ce fichier est déjà dans le journal.</translation>
    </message>
    <message>
      <source>Expected days between sessions</source>
      <translation>Jours prévus entre les séances</translation>
    </message>
    <message>
      <source>Export</source>
      <translation>Exporter</translation>
    </message>
    <message>
      <source>Export file</source>
      <translation>Fichier d’export</translation>
    </message>
    <message>
      <source>Export journal</source>
      <translation>Exporter le journal</translation>
    </message>
    <message>
      <source>Exporting…</source>
      <translation>Exportation…</translation>
    </message>
    <message>
      <source>Exports (*.age *.json)</source>
      <translation>Exports (*.age *.json)</translation>
    </message>
    <message>
      <source>F&amp;ormat:</source>
      <translation>F&amp;ormat :</translation>
    </message>
    <message>
      <source>Fair: add a word or two.</source>
      <translation>Moyenne : ajoutez un mot ou deux.</translation>
    </message>
    <message>
      <source>File to import</source>
      <translation>Fichier à importer</translation>
    </message>
    <message>
      <source>File:</source>
      <translation>Fichier :</translation>
    </message>
    <message>
      <source>Fills in the kind, duration, topics and note prompts</source>
      <translation>Remplit le type, la durée, les sujets et les questions de notes</translation>
    </message>
    <message>
      <source>Filter by cohort</source>
      <translation>Filtrer par promotion</translation>
    </message>
    <message>
      <source>Filter by programme</source>
      <translation>Filtrer par filière</translation>
    </message>
    <message>
      <source>Filter by tag</source>
      <translation>Filtrer par étiquette</translation>
    </message>
    <message>
      <source>Filter by tag, programme, cohort, last session or overdue action items</source>
      <translation>Filtrer par étiquette, filière, promotion, dernière séance ou actions en retard</translation>
    </message>
    <message>
      <source>Filter mentees</source>
      <translation>Filtrer les mentorés</translation>
    </message>
    <message>
      <source>Filter sessions by cohort</source>
      <translation>Filtrer les séances par promotion</translation>
    </message>
    <message>
      <source>Filter sessions by mentee name</source>
      <translation>Filtrer les séances par nom de mentoré</translation>
    </message>
    <message>
      <source>Filter sessions by programme</source>
      <translation>Filtrer les séances par filière</translation>
    </message>
    <message>
      <source>Filter sessions by tag</source>
      <translation>Filtrer les séances par étiquette</translation>
    </message>
    <message>
      <source>Filters</source>
      <translation>Filtres</translation>
    </message>
    <message>
      <source>Filters ({n})</source>
      <translation>Filtres ({n})</translation>
    </message>
    <message>
      <source>Find a mentee by name, programme or cohort</source>
      <translation>Trouver un mentoré par nom, filière ou promotion</translation>
    </message>
    <message>
      <source>First and latest rating of each skill ({low} to {high}).</source>
      <translation>Première et dernière évaluation de chaque compétence (de {low} à {high}).</translation>
    </message>
    <message>
      <source>First rating</source>
      <translation>Première évaluation</translation>
    </message>
    <message>
      <source>For the session of {date}</source>
      <translation>Pour la séance du {date}</translation>
    </message>
    <message>
      <source>Format</source>
      <translation>Format</translation>
    </message>
    <message>
      <source>From now on, backups are encrypted.</source>
      <translation>Désormais, les sauvegardes sont chiffrées.</translation>
    </message>
    <message>
      <source>From session:</source>
      <translation>Depuis la séance :</translation>
    </message>
    <message>
      <source>Gap over {n} days</source>
      <translation>Interruption de plus de {n} jours</translation>
    </message>
    <message>
      <source>Generate</source>
      <translation>Générer</translation>
    </message>
    <message>
      <source>Give the progress in percent, a measured value, or both.</source>
      <translation>Indiquez la progression en pourcentage, une valeur mesurée, ou les deux.</translation>
    </message>
    <message>
      <source>Goal</source>
      <translation>Objectif</translation>
    </message>
    <message>
      <source>Goal check-ins</source>
      <translation>Points d’étape des objectifs</translation>
    </message>
    <message>
      <source>Goal details</source>
      <translation>Détails de l’objectif</translation>
    </message>
    <message>
      <source>Goal title</source>
      <translation>Intitulé de l’objectif</translation>
    </message>
    <message>
      <source>Goal:</source>
      <translation>Objectif :</translation>
    </message>
    <message>
      <source>Goals</source>
      <translation>Objectifs</translation>
    </message>
    <message>
      <source>Goals achieved</source>
      <translation>Objectifs atteints</translation>
    </message>
    <message>
      <source>Goals active</source>
      <translation>Objectifs en cours</translation>
    </message>
    <message>
      <source>Goals and reflections linked to it are kept.</source>
      <translation>Les objectifs et réflexions qui y sont liés sont conservés.</translation>
    </message>
    <message>
      <source>Goals progress</source>
      <translation>Progression des objectifs</translation>
    </message>
    <message>
      <source>Goals with progress</source>
      <translation>Objectifs et progression</translation>
    </message>
    <message>
      <source>Goals, with the progress chart</source>
      <translation>Objectifs, avec le graphique de progression</translation>
    </message>
    <message>
      <source>Goes by “{name}”</source>
      <translation>Se fait appeler « {name} »</translation>
    </message>
    <message>
      <source>Good.</source>
      <translation>Bonne.</translation>
    </message>
    <message>
      <source>Group</source>
      <translation>Groupe</translation>
    </message>
    <message>
      <source>Help</source>
      <translation>Aide</translation>
    </message>
    <message>
      <source>Hide everything until the passphrase is typed (Ctrl+L)</source>
      <translation>Tout masquer jusqu’à la saisie de la phrase secrète (Ctrl+L)</translation>
    </message>
    <message>
      <source>High contrast</source>
      <translation>Contraste élevé</translation>
    </message>
    <message>
      <source>How confident the mentee felt at each session, from 1 (low) to 5 (high).</source>
      <translation>La confiance ressentie par le mentoré à chaque séance, de 1 (faible) à 5 (élevée).</translation>
    </message>
    <message>
      <source>How far along the goal is, from 0 to 100 percent</source>
      <translation>L’avancement de l’objectif, de 0 à 100 %</translation>
    </message>
    <message>
      <source>How often you plan to meet; the dashboard warns when a meeting is overdue. 0 uses the journal's default.</source>
      <translation>La fréquence prévue des rencontres ; le tableau de bord signale une rencontre en retard. 0 utilise la valeur par défaut du journal.</translation>
    </message>
    <message>
      <source>How will you both see the progress?</source>
      <translation>Comment verrez-vous tous les deux la progression ?</translation>
    </message>
    <message>
      <source>Import</source>
      <translation>Importer</translation>
    </message>
    <message>
      <source>Imported: {0}.</source>
      <translation>Importé : {0}.</translation>
    </message>
    <message>
      <source>Importing…</source>
      <translation>Importation…</translation>
    </message>
    <message>
      <source>In progress</source>
      <translation>En cours</translation>
    </message>
    <message>
      <source>Include private notes and private reflections (moving your own journal)</source>
      <translation>Inclure les notes et réflexions privées (pour déplacer votre propre journal)</translation>
    </message>
    <message>
      <source>Includes private notes: keep this document confidential.</source>
      <translation>Contient des notes privées : gardez ce document confidentiel.</translation>
    </message>
    <message>
      <source>Independent</source>
      <translation>Autonome</translation>
    </message>
    <message>
      <source>It holds {holds}.</source>
      <translation>Il contient {holds}.</translation>
    </message>
    <message numerus="yes">
      <source>Its %n action item(s) are deleted with it. </source>
      <translation>
        <numerusform>Son action est supprimée avec elle. </numerusform>
        <numerusform>Ses %Ln actions sont supprimées avec elle. </numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Its %n check-in(s) are deleted with it.</source>
      <translation>
        <numerusform>Son point d’étape est supprimé avec lui.</numerusform>
        <numerusform>Ses %Ln points d’étape sont supprimés avec lui.</numerusform>
      </translation>
    </message>
    <message>
      <source>Journal &amp;owner…</source>
      <translation>&amp;Titulaire du journal…</translation>
    </message>
    <message>
      <source>Journal default ({days} days)</source>
      <translation>Valeur du journal ({days} jours)</translation>
    </message>
    <message>
      <source>Journal file</source>
      <translation>Fichier du journal</translation>
    </message>
    <message>
      <source>Journal file:</source>
      <translation>Fichier du journal :</translation>
    </message>
    <message>
      <source>Journal file: {path}</source>
      <translation>Fichier du journal : {path}</translation>
    </message>
    <message>
      <source>Journal passphrase</source>
      <translation>Phrase secrète du journal</translation>
    </message>
    <message>
      <source>Keep both (add the file's version as a copy)</source>
      <translation>Garder les deux (ajouter la version du fichier en copie)</translation>
    </message>
    <message>
      <source>Keep the drafts and ask again at the next start</source>
      <translation>Garder les brouillons et redemander au prochain démarrage</translation>
    </message>
    <message>
      <source>Keep the newer version</source>
      <translation>Garder la version la plus récente</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>Type</translation>
    </message>
    <message>
      <source>Kind of session</source>
      <translation>Type de séance</translation>
    </message>
    <message>
      <source>Labels to find and filter sessions by; existing tags are suggested</source>
      <translation>Étiquettes pour retrouver et filtrer les séances ; les étiquettes existantes sont proposées</translation>
    </message>
    <message>
      <source>Labels to find and group goals by; existing tags are suggested</source>
      <translation>Étiquettes pour retrouver et regrouper les objectifs ; les étiquettes existantes sont proposées</translation>
    </message>
    <message>
      <source>Labels to find and group mentees by; existing tags are suggested</source>
      <translation>Étiquettes pour retrouver et regrouper les mentorés ; les étiquettes existantes sont proposées</translation>
    </message>
    <message>
      <source>Labels to find reflections by; existing tags are suggested</source>
      <translation>Étiquettes pour retrouver les réflexions ; les étiquettes existantes sont proposées</translation>
    </message>
    <message>
      <source>Language</source>
      <translation>Langue</translation>
    </message>
    <message>
      <source>Language and theme apply the next time the app starts.</source>
      <translation>La langue et le thème s’appliquent au prochain démarrage de l’application.</translation>
    </message>
    <message>
      <source>Last 12 months</source>
      <translation>12 derniers mois</translation>
    </message>
    <message>
      <source>Last 3 months</source>
      <translation>3 derniers mois</translation>
    </message>
    <message>
      <source>Last 6 months</source>
      <translation>6 derniers mois</translation>
    </message>
    <message>
      <source>Last mentor rating</source>
      <translation>Dernière évaluation du mentor</translation>
    </message>
    <message>
      <source>Last rating</source>
      <translation>Dernière évaluation</translation>
    </message>
    <message>
      <source>Last self-rating</source>
      <translation>Dernière auto-évaluation</translation>
    </message>
    <message>
      <source>Last session</source>
      <translation>Dernière séance</translation>
    </message>
    <message>
      <source>Last session from</source>
      <translation>Dernière séance depuis le</translation>
    </message>
    <message>
      <source>Last session today</source>
      <translation>Dernière séance aujourd’hui</translation>
    </message>
    <message>
      <source>Last session until</source>
      <translation>Dernière séance jusqu’au</translation>
    </message>
    <message>
      <source>Latest rating</source>
      <translation>Évaluation la plus récente</translation>
    </message>
    <message>
      <source>Latest reflections</source>
      <translation>Réflexions récentes</translation>
    </message>
    <message>
      <source>Learner</source>
      <translation>Apprenant</translation>
    </message>
    <message>
      <source>Level</source>
      <translation>Niveau</translation>
    </message>
    <message>
      <source>Light</source>
      <translation>Clair</translation>
    </message>
    <message>
      <source>Linked session</source>
      <translation>Séance liée</translation>
    </message>
    <message>
      <source>Lock after &amp;idle time:</source>
      <translation>Verrouiller après &amp;inactivité :</translation>
    </message>
    <message>
      <source>Lock after idle (minutes, 0 = never)</source>
      <translation>Verrouiller après inactivité (minutes, 0 = jamais)</translation>
    </message>
    <message>
      <source>M — Measurable</source>
      <translation>M — Mesurable</translation>
    </message>
    <message>
      <source>Made</source>
      <translation>Faite le</translation>
    </message>
    <message>
      <source>Main</source>
      <translation>Principale</translation>
    </message>
    <message>
      <source>Mark done</source>
      <translation>Marquer comme fait</translation>
    </message>
    <message>
      <source>Markdown (*.md)</source>
      <translation>Markdown (*.md)</translation>
    </message>
    <message>
      <source>Markdown text</source>
      <translation>Texte Markdown</translation>
    </message>
    <message>
      <source>Mea&amp;sure:</source>
      <translation>Me&amp;sure :</translation>
    </message>
    <message>
      <source>Measured</source>
      <translation>Mesuré</translation>
    </message>
    <message>
      <source>Measured by</source>
      <translation>Mesuré par</translation>
    </message>
    <message>
      <source>Measured value</source>
      <translation>Valeur mesurée</translation>
    </message>
    <message>
      <source>Meet &amp;every:</source>
      <translation>Se &amp;rencontrer tous les :</translation>
    </message>
    <message>
      <source>Meetings</source>
      <translation>Rencontres</translation>
    </message>
    <message>
      <source>Meets every</source>
      <translation>Rencontre tous les</translation>
    </message>
    <message>
      <source>Mentee</source>
      <translation>Mentoré</translation>
    </message>
    <message>
      <source>Mentee erased.</source>
      <translation>Mentoré effacé.</translation>
    </message>
    <message>
      <source>Mentee name</source>
      <translation>Nom du mentoré</translation>
    </message>
    <message>
      <source>Mentee overview</source>
      <translation>Vue d’ensemble du mentoré</translation>
    </message>
    <message>
      <source>Mentee page</source>
      <translation>Page du mentoré</translation>
    </message>
    <message>
      <source>Mentee's own rating</source>
      <translation>Auto-évaluation du mentoré</translation>
    </message>
    <message>
      <source>Mentee:</source>
      <translation>Mentoré :</translation>
    </message>
    <message>
      <source>Mentees</source>
      <translation>Mentorés</translation>
    </message>
    <message>
      <source>Mentees by how long since the last session</source>
      <translation>Mentorés selon le temps écoulé depuis la dernière séance</translation>
    </message>
    <message>
      <source>Mentees to export</source>
      <translation>Mentorés à exporter</translation>
    </message>
    <message>
      <source>Mentees who attended</source>
      <translation>Mentorés présents</translation>
    </message>
    <message>
      <source>Mentees whose last session was on or after this date</source>
      <translation>Mentorés dont la dernière séance date de ce jour ou après</translation>
    </message>
    <message>
      <source>Mentees whose last session was on or before this date</source>
      <translation>Mentorés dont la dernière séance date de ce jour ou avant</translation>
    </message>
    <message>
      <source>Mentor</source>
      <translation>Mentor</translation>
    </message>
    <message>
      <source>Mentor Journal</source>
      <translation>Mentor Journal</translation>
    </message>
    <message>
      <source>Mentor Journal files (*.sqlite *.db);;All files (*)</source>
      <translation>Fichiers Mentor Journal (*.sqlite *.db);;Tous les fichiers (*)</translation>
    </message>
    <message>
      <source>Mentor Journal is locked</source>
      <translation>Mentor Journal est verrouillé</translation>
    </message>
    <message>
      <source>Mentor Journal ran into a problem it did not expect.</source>
      <translation>Mentor Journal a rencontré un problème inattendu.</translation>
    </message>
    <message>
      <source>Mentor Journal ran into {n} problems it did not expect.</source>
      <translation>Mentor Journal a rencontré {n} problèmes inattendus.</translation>
    </message>
    <message>
      <source>Mentor's rating</source>
      <translation>Évaluation du mentor</translation>
    </message>
    <message>
      <source>Mentoring</source>
      <translation>Mentorat</translation>
    </message>
    <message>
      <source>Mentoring session: {name}</source>
      <translation>Séance de mentorat : {name}</translation>
    </message>
    <message>
      <source>Mentoring summaries</source>
      <translation>Synthèses de mentorat</translation>
    </message>
    <message>
      <source>Mentoring summary: {name}</source>
      <translation>Synthèse de mentorat : {name}</translation>
    </message>
    <message>
      <source>Month</source>
      <translation>Mois</translation>
    </message>
    <message>
      <source>More than {n} sessions</source>
      <translation>Plus de {n} séances</translation>
    </message>
    <message>
      <source>Move &amp;up</source>
      <translation>Monter</translation>
    </message>
    <message>
      <source>Move do&amp;wn</source>
      <translation>Des&amp;cendre</translation>
    </message>
    <message>
      <source>N&amp;ote prompts:</source>
      <translation>Questions de &amp;notes :</translation>
    </message>
    <message>
      <source>N&amp;otes:</source>
      <translation>N&amp;otes :</translation>
    </message>
    <message>
      <source>Never</source>
      <translation>Jamais</translation>
    </message>
    <message>
      <source>Never met</source>
      <translation>Jamais rencontré</translation>
    </message>
    <message>
      <source>New</source>
      <translation>Nouveau</translation>
    </message>
    <message>
      <source>New &amp;action item…</source>
      <translation>Nouvelle &amp;action…</translation>
    </message>
    <message>
      <source>New &amp;goal…</source>
      <translation>Nouvel &amp;objectif…</translation>
    </message>
    <message>
      <source>New &amp;mentee…</source>
      <translation>Nouveau &amp;mentoré…</translation>
    </message>
    <message>
      <source>New &amp;reflection…</source>
      <translation>Nouvelle &amp;réflexion…</translation>
    </message>
    <message>
      <source>New &amp;session…</source>
      <translation>Nouvelle &amp;séance…</translation>
    </message>
    <message>
      <source>New action item</source>
      <translation>Nouvelle action</translation>
    </message>
    <message>
      <source>New action item — {name}</source>
      <translation>Nouvelle action — {name}</translation>
    </message>
    <message>
      <source>New action item…</source>
      <translation>Nouvelle action…</translation>
    </message>
    <message>
      <source>New backups are encrypted to this journal's key; restoring one asks for its passphrase. Key: {recipient}</source>
      <translation>Les nouvelles sauvegardes sont chiffrées avec la clé de ce journal ; en restaurer une demande sa phrase secrète. Clé : {recipient}</translation>
    </message>
    <message>
      <source>New backups are not encrypted.</source>
      <translation>Les nouvelles sauvegardes ne sont pas chiffrées.</translation>
    </message>
    <message>
      <source>New check-in</source>
      <translation>Nouveau point d’étape</translation>
    </message>
    <message>
      <source>New check-in — {name}</source>
      <translation>Nouveau point d’étape — {name}</translation>
    </message>
    <message>
      <source>New goal</source>
      <translation>Nouvel objectif</translation>
    </message>
    <message>
      <source>New goal — {name}</source>
      <translation>Nouvel objectif — {name}</translation>
    </message>
    <message>
      <source>New goal…</source>
      <translation>Nouvel objectif…</translation>
    </message>
    <message>
      <source>New mentee</source>
      <translation>Nouveau mentoré</translation>
    </message>
    <message>
      <source>New passphrase</source>
      <translation>Nouvelle phrase secrète</translation>
    </message>
    <message>
      <source>New passphrase &amp;again:</source>
      <translation>Nouvelle phrase secrète, &amp;encore :</translation>
    </message>
    <message>
      <source>New passphrase again</source>
      <translation>Nouvelle phrase secrète, encore</translation>
    </message>
    <message>
      <source>New rating</source>
      <translation>Nouvelle évaluation</translation>
    </message>
    <message>
      <source>New reflection</source>
      <translation>Nouvelle réflexion</translation>
    </message>
    <message>
      <source>New reflection template</source>
      <translation>Nouveau modèle de réflexion</translation>
    </message>
    <message>
      <source>New reflection — {name}</source>
      <translation>Nouvelle réflexion — {name}</translation>
    </message>
    <message>
      <source>New reflection…</source>
      <translation>Nouvelle réflexion…</translation>
    </message>
    <message>
      <source>New session</source>
      <translation>Nouvelle séance</translation>
    </message>
    <message>
      <source>New session template</source>
      <translation>Nouveau modèle de séance</translation>
    </message>
    <message>
      <source>New session — {name}</source>
      <translation>Nouvelle séance — {name}</translation>
    </message>
    <message>
      <source>New session…</source>
      <translation>Nouvelle séance…</translation>
    </message>
    <message>
      <source>New skill</source>
      <translation>Nouvelle compétence</translation>
    </message>
    <message>
      <source>Next meeting</source>
      <translation>Prochaine rencontre</translation>
    </message>
    <message>
      <source>Next meeting date</source>
      <translation>Date de la prochaine rencontre</translation>
    </message>
    <message>
      <source>Next meeting: {date}</source>
      <translation>Prochaine rencontre : {date}</translation>
    </message>
    <message>
      <source>Next meeting: {when}</source>
      <translation>Prochaine rencontre : {when}</translation>
    </message>
    <message>
      <source>Next steps</source>
      <translation>Prochaines étapes</translation>
    </message>
    <message>
      <source>No action items were agreed in this session.</source>
      <translation>Aucune action n’a été convenue pendant cette séance.</translation>
    </message>
    <message>
      <source>No action items yet — add one here, or agree them when you log a session (Ctrl+N).</source>
      <translation>Aucune action pour l’instant — ajoutez-en une ici, ou convenez-en en notant une séance (Ctrl+N).</translation>
    </message>
    <message>
      <source>No active goals.</source>
      <translation>Aucun objectif en cours.</translation>
    </message>
    <message>
      <source>No active mentees. Add a mentee or set one to Active.</source>
      <translation>Aucun mentoré actif. Ajoutez un mentoré ou passez-en un à Actif.</translation>
    </message>
    <message>
      <source>No backup could be restored.</source>
      <translation>Aucune sauvegarde n’a pu être restaurée.</translation>
    </message>
    <message>
      <source>No backup: {e}</source>
      <translation>Pas de sauvegarde : {e}</translation>
    </message>
    <message>
      <source>No check-ins yet — add one to record progress.</source>
      <translation>Aucun point d’étape pour l’instant — ajoutez-en un pour noter la progression.</translation>
    </message>
    <message>
      <source>No check-ins yet — record progress on a goal to see it here.</source>
      <translation>Aucun point d’étape — notez la progression d’un objectif pour la voir ici.</translation>
    </message>
    <message>
      <source>No confidence ratings yet — ask the mentee at the next session to see it here.</source>
      <translation>Aucune note de confiance — demandez-la au mentoré à la prochaine séance pour la voir ici.</translation>
    </message>
    <message>
      <source>No encryption (plain JSON)</source>
      <translation>Sans chiffrement (JSON en clair)</translation>
    </message>
    <message>
      <source>No goals yet — press Ctrl+G to set the first one.</source>
      <translation>Aucun objectif pour l’instant — appuyez sur Ctrl+G pour fixer le premier.</translation>
    </message>
    <message>
      <source>No goals.</source>
      <translation>Aucun objectif.</translation>
    </message>
    <message>
      <source>No log file could be written.</source>
      <translation>Aucun fichier journal n’a pu être écrit.</translation>
    </message>
    <message>
      <source>No mentee matches these filters.
Clear them, or choose “All mentees”.</source>
      <translation>Aucun mentoré ne correspond à ces filtres.
Effacez-les, ou choisissez « Tous les mentorés ».</translation>
    </message>
    <message>
      <source>No mentees yet.</source>
      <translation>Aucun mentoré pour l’instant.</translation>
    </message>
    <message>
      <source>No mentees yet.
Press Ctrl+Shift+M to add your first mentee.</source>
      <translation>Aucun mentoré pour l’instant.
Appuyez sur Ctrl+Maj+M pour ajouter votre premier mentoré.</translation>
    </message>
    <message>
      <source>No mentor ratings yet</source>
      <translation>Aucune évaluation du mentor</translation>
    </message>
    <message>
      <source>No new skill ratings since the last session.</source>
      <translation>Aucune nouvelle évaluation depuis la dernière séance.</translation>
    </message>
    <message>
      <source>No new skill ratings.</source>
      <translation>Aucune nouvelle évaluation.</translation>
    </message>
    <message>
      <source>No particular session</source>
      <translation>Aucune séance en particulier</translation>
    </message>
    <message>
      <source>No private notes.</source>
      <translation>Aucune note privée.</translation>
    </message>
    <message>
      <source>No programme set</source>
      <translation>Aucune filière indiquée</translation>
    </message>
    <message>
      <source>No reflections in this period.</source>
      <translation>Aucune réflexion sur cette période.</translation>
    </message>
    <message>
      <source>No reflections yet — press Ctrl+R to write one.</source>
      <translation>Aucune réflexion pour l’instant — appuyez sur Ctrl+R pour en écrire une.</translation>
    </message>
    <message>
      <source>No reflections yet.</source>
      <translation>Aucune réflexion pour l’instant.</translation>
    </message>
    <message>
      <source>No self ratings yet</source>
      <translation>Aucune auto-évaluation</translation>
    </message>
    <message>
      <source>No session matches these filters.</source>
      <translation>Aucune séance ne correspond à ces filtres.</translation>
    </message>
    <message>
      <source>No session since {day}</source>
      <translation>Aucune séance depuis le {day}</translation>
    </message>
    <message>
      <source>No session yet</source>
      <translation>Aucune séance pour l’instant</translation>
    </message>
    <message>
      <source>No session yet.</source>
      <translation>Aucune séance pour l’instant.</translation>
    </message>
    <message>
      <source>No sessions in this period.</source>
      <translation>Aucune séance sur cette période.</translation>
    </message>
    <message>
      <source>No sessions yet — log a session with this mentee to see it here.</source>
      <translation>Aucune séance — enregistrez une séance avec ce mentoré pour la voir ici.</translation>
    </message>
    <message>
      <source>No sessions yet — press Ctrl+N to log the first one.</source>
      <translation>Aucune séance pour l’instant — appuyez sur Ctrl+N pour noter la première.</translation>
    </message>
    <message>
      <source>No skill ratings yet — rate the mentee's skills to see their progress here.</source>
      <translation>Aucune évaluation — évaluez les compétences du mentoré pour voir sa progression ici.</translation>
    </message>
    <message>
      <source>No skill ratings.</source>
      <translation>Aucune évaluation de compétence.</translation>
    </message>
    <message>
      <source>No tags</source>
      <translation>Aucune étiquette</translation>
    </message>
    <message>
      <source>No template</source>
      <translation>Aucun modèle</translation>
    </message>
    <message>
      <source>Not available: {0}. Everything else works without it.</source>
      <translation>Indisponible : {0}. Tout le reste fonctionne sans.</translation>
    </message>
    <message>
      <source>Not available: {why}.</source>
      <translation>Indisponible : {why}.</translation>
    </message>
    <message>
      <source>Not rated</source>
      <translation>Non évalué</translation>
    </message>
    <message>
      <source>Not recorded</source>
      <translation>Non noté</translation>
    </message>
    <message>
      <source>Not set</source>
      <translation>Non défini</translation>
    </message>
    <message>
      <source>Not started</source>
      <translation>Pas commencé</translation>
    </message>
    <message>
      <source>Not yet</source>
      <translation>Pas encore</translation>
    </message>
    <message>
      <source>Note</source>
      <translation>Note</translation>
    </message>
    <message>
      <source>Notes</source>
      <translation>Notes</translation>
    </message>
    <message>
      <source>Notes of the last session</source>
      <translation>Notes de la dernière séance</translation>
    </message>
    <message>
      <source>Nothing found.</source>
      <translation>Rien trouvé.</translation>
    </message>
    <message>
      <source>Nothing here yet.</source>
      <translation>Rien ici pour l’instant.</translation>
    </message>
    <message>
      <source>Nothing open.</source>
      <translation>Rien en cours.</translation>
    </message>
    <message>
      <source>Nothing to save: type a rating (1 to 5) for at least one skill.</source>
      <translation>Rien à enregistrer : saisissez une note (1 à 5) pour au moins une compétence.</translation>
    </message>
    <message>
      <source>OK</source>
      <translation>OK</translation>
    </message>
    <message>
      <source>Off by default: anyone using this computer could then use them.</source>
      <translation>Désactivé par défaut : toute personne utilisant cet ordinateur pourrait alors s’en servir.</translation>
    </message>
    <message>
      <source>On closing</source>
      <translation>À la fermeture</translation>
    </message>
    <message>
      <source>On track</source>
      <translation>Dans les temps</translation>
    </message>
    <message>
      <source>On track: seen within their cadence · Due: a meeting is due · Overdue: more than half a cadence late, or never met. Enter opens a mentee.</source>
      <translation>Dans les temps : vu dans son rythme · À prévoir : une rencontre est due · En retard : plus d’un demi-rythme de retard, ou jamais rencontré. Entrée ouvre un mentoré.</translation>
    </message>
    <message>
      <source>One prompt per line, e.g.
What went well:</source>
      <translation>Une question par ligne, par ex.
Ce qui s’est bien passé :</translation>
    </message>
    <message>
      <source>One skill over time</source>
      <translation>Une compétence dans le temps</translation>
    </message>
    <message>
      <source>One-to-one</source>
      <translation>Individuel</translation>
    </message>
    <message>
      <source>One-to-one, group, peer, workplace visit or virtual</source>
      <translation>Individuel, en groupe, entre pairs, visite en entreprise ou à distance</translation>
    </message>
    <message>
      <source>Only for files encrypted to a key</source>
      <translation>Seulement pour les fichiers chiffrés pour une clé</translation>
    </message>
    <message>
      <source>Only for you, e.g. seemed tired; ask about the new job</source>
      <translation>Pour vous seul, par ex. semblait fatigué ; demander des nouvelles du nouvel emploi</translation>
    </message>
    <message>
      <source>Only for you: left out of summaries and exports unless you choose to include them.</source>
      <translation>Pour vous seul : exclu des synthèses et des exports sauf si vous choisissez de l’inclure.</translation>
    </message>
    <message>
      <source>Only the best are shown: add words to narrow it.</source>
      <translation>Seuls les meilleurs résultats sont affichés : ajoutez des mots pour affiner.</translation>
    </message>
    <message>
      <source>Only with overdue action items</source>
      <translation>Seulement avec des actions en retard</translation>
    </message>
    <message>
      <source>Open</source>
      <translation>En cours</translation>
    </message>
    <message>
      <source>Open</source>
      <comment>button: open the chosen file</comment>
      <translation>Ouvrir</translation>
    </message>
    <message>
      <source>Open</source>
      <comment>button: open the selected entry</comment>
      <translation>Ouvrir</translation>
    </message>
    <message>
      <source>Open (dashed)</source>
      <translation>En cours (tirets)</translation>
    </message>
    <message>
      <source>Open action items</source>
      <translation>Actions en cours</translation>
    </message>
    <message>
      <source>Open actions</source>
      <translation>Actions en cours</translation>
    </message>
    <message>
      <source>Open another journal</source>
      <translation>Ouvrir un autre journal</translation>
    </message>
    <message>
      <source>Open {name} (Enter)</source>
      <translation>Ouvrir {name} (Entrée)</translation>
    </message>
    <message>
      <source>Opening {name}…</source>
      <translation>Ouverture : {name}…</translation>
    </message>
    <message>
      <source>Optionally, the session this reflection is about</source>
      <translation>Facultatif : la séance concernée par cette réflexion</translation>
    </message>
    <message>
      <source>Overdue</source>
      <translation>En retard</translation>
    </message>
    <message>
      <source>Overdue action items</source>
      <translation>Actions en retard</translation>
    </message>
    <message>
      <source>Overdue items</source>
      <translation>Actions en retard</translation>
    </message>
    <message>
      <source>Overview</source>
      <translation>Vue d’ensemble</translation>
    </message>
    <message>
      <source>P&amp;rogramme / trade:</source>
      <translation>&amp;Filière / métier :</translation>
    </message>
    <message>
      <source>P&amp;rogramme report…</source>
      <translation>&amp;Rapport de programme…</translation>
    </message>
    <message>
      <source>PDF document</source>
      <translation>Document PDF</translation>
    </message>
    <message>
      <source>PDF documents (*.pdf)</source>
      <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
      <source>PNG image (*.png)</source>
      <translation>Image PNG (*.png)</translation>
    </message>
    <message>
      <source>Pa&amp;per:</source>
      <translation>Pa&amp;pier :</translation>
    </message>
    <message>
      <source>Page {page} of {pages}</source>
      <translation>Page {page} sur {pages}</translation>
    </message>
    <message>
      <source>Paper size</source>
      <translation>Format du papier</translation>
    </message>
    <message>
      <source>Parts of the search index that keep it up to date were missing; they are back and the index has been rebuilt.</source>
      <translation>Des parties de l’index de recherche qui le tiennent à jour manquaient ; elles sont rétablies et l’index a été reconstruit.</translation>
    </message>
    <message>
      <source>Passphrase</source>
      <translation>Phrase secrète</translation>
    </message>
    <message>
      <source>Passphrase:</source>
      <translation>Phrase secrète :</translation>
    </message>
    <message>
      <source>Paused</source>
      <translation>En pause</translation>
    </message>
    <message>
      <source>Peer</source>
      <translation>Entre pairs</translation>
    </message>
    <message>
      <source>Per skill, the first rating (hatched) above the latest (solid); the number is the change in steps of the scale.</source>
      <translation>Pour chaque compétence, la première évaluation (hachurée) au-dessus de la plus récente (pleine) ; le nombre est l’écart en niveaux de l’échelle.</translation>
    </message>
    <message>
      <source>Percent done at each check-in. Solid lines: achieved goals; dashed: open ones. A diamond marks the target date.</source>
      <translation>Pourcentage atteint à chaque point d’étape. Traits pleins : objectifs atteints ; tirets : en cours. Un losange marque la date cible.</translation>
    </message>
    <message>
      <source>Period</source>
      <translation>Période</translation>
    </message>
    <message>
      <source>Period from</source>
      <translation>Période du</translation>
    </message>
    <message>
      <source>Period to</source>
      <translation>Période au</translation>
    </message>
    <message>
      <source>Period: all records</source>
      <translation>Période : tout l’historique</translation>
    </message>
    <message>
      <source>Period: since {start}</source>
      <translation>Période : depuis le {start}</translation>
    </message>
    <message>
      <source>Period: until {end}</source>
      <translation>Période : jusqu’au {end}</translation>
    </message>
    <message>
      <source>Period: {start} – {end}</source>
      <translation>Période : {start} – {end}</translation>
    </message>
    <message>
      <source>Personal</source>
      <translation>Personnel</translation>
    </message>
    <message>
      <source>Phone or e-mail, e.g. 0911 234 567</source>
      <translation>Téléphone ou courriel, par ex. 0911 234 567</translation>
    </message>
    <message>
      <source>Pre-meeting brief</source>
      <translation>Fiche de préparation</translation>
    </message>
    <message>
      <source>Pre-meeting brief: {name}</source>
      <translation>Fiche de préparation : {name}</translation>
    </message>
    <message>
      <source>Preferred name</source>
      <translation>Nom d’usage</translation>
    </message>
    <message>
      <source>Prepared {date}</source>
      <translation>Document établi le {date}</translation>
    </message>
    <message>
      <source>Prepared {date} by {who}</source>
      <translation>Document établi le {date} par {who}</translation>
    </message>
    <message>
      <source>Print brief…</source>
      <translation>Imprimer la fiche…</translation>
    </message>
    <message>
      <source>Print preview</source>
      <translation>Aperçu avant impression</translation>
    </message>
    <message>
      <source>Print the brief (Ctrl+P)</source>
      <translation>Imprimer la fiche (Ctrl+P)</translation>
    </message>
    <message>
      <source>Privacy</source>
      <translation>Confidentialité</translation>
    </message>
    <message>
      <source>Private</source>
      <translation>Privé</translation>
    </message>
    <message>
      <source>Private note</source>
      <translation>Note privée</translation>
    </message>
    <message>
      <source>Private notes</source>
      <translation>Notes privées</translation>
    </message>
    <message>
      <source>Private notes WILL be in this file. Share it only with someone allowed to read them; the file says it is confidential.</source>
      <translation>Les notes privées SERONT dans ce fichier. Ne le partagez qu’avec une personne autorisée à les lire ; le fichier indique qu’il est confidentiel.</translation>
    </message>
    <message>
      <source>Private notes, private session notes and private reflections are left out of this file.</source>
      <translation>Les notes privées, les notes de séance privées et les réflexions privées sont exclues de ce fichier.</translation>
    </message>
    <message>
      <source>Private: left out of summaries and exports unless you include them</source>
      <translation>Privé : exclu des synthèses et des exports sauf si vous l’incluez</translation>
    </message>
    <message>
      <source>Private: left out of summaries and exports.</source>
      <translation>Privé : exclu des synthèses et des exports.</translation>
    </message>
    <message>
      <source>Private: not shown in summaries or exports by default</source>
      <translation>Privé : absent par défaut des synthèses et des exports</translation>
    </message>
    <message>
      <source>Problem</source>
      <translation>Problème</translation>
    </message>
    <message>
      <source>Problems</source>
      <translation>Problèmes</translation>
    </message>
    <message>
      <source>Profile</source>
      <translation>Profil</translation>
    </message>
    <message>
      <source>Programme</source>
      <translation>Filière</translation>
    </message>
    <message>
      <source>Programme &amp;dashboard</source>
      <translation>&amp;Tableau de bord du programme</translation>
    </message>
    <message>
      <source>Programme / cohort</source>
      <translation>Filière / promotion</translation>
    </message>
    <message>
      <source>Programme dashboard</source>
      <translation>Tableau de bord du programme</translation>
    </message>
    <message>
      <source>Programme report</source>
      <translation>Rapport de programme</translation>
    </message>
    <message>
      <source>Programme report (one line per mentee)</source>
      <translation>Rapport de programme (une ligne par mentoré)</translation>
    </message>
    <message>
      <source>Progress</source>
      <translation>Progression</translation>
    </message>
    <message>
      <source>Progress in percent</source>
      <translation>Progression en pourcentage</translation>
    </message>
    <message>
      <source>Progress of {goal}</source>
      <translation>Progression de {goal}</translation>
    </message>
    <message>
      <source>Progress on goals</source>
      <translation>Progression des objectifs</translation>
    </message>
    <message>
      <source>Progress on goals: percent done at each check-in in the period.</source>
      <translation>Progression des objectifs : pourcentage atteint à chaque point d’étape de la période.</translation>
    </message>
    <message>
      <source>Progress:</source>
      <translation>Progression :</translation>
    </message>
    <message>
      <source>Prompts (optional)</source>
      <translation>Questions (facultatif)</translation>
    </message>
    <message>
      <source>Protecting the key with the passphrase…</source>
      <translation>Protection de la clé par la phrase secrète…</translation>
    </message>
    <message>
      <source>Protection</source>
      <translation>Protection</translation>
    </message>
    <message>
      <source>Puts its prompts into the reflection</source>
      <translation>Insère ses questions dans la réflexion</translation>
    </message>
    <message>
      <source>Qt {qt} · PySide {pyside} · Python {python}</source>
      <translation>Qt {qt} · PySide {pyside} · Python {python}</translation>
    </message>
    <message>
      <source>R — Relevant</source>
      <translation>R — Pertinent</translation>
    </message>
    <message>
      <source>Rate s&amp;kills…</source>
      <translation>É&amp;valuer les compétences…</translation>
    </message>
    <message>
      <source>Rate skills</source>
      <translation>Évaluer les compétences</translation>
    </message>
    <message>
      <source>Rate skills for this session</source>
      <translation>Évaluer les compétences pour cette séance</translation>
    </message>
    <message>
      <source>Rate skills for this session…</source>
      <translation>Évaluer les compétences pour cette séance…</translation>
    </message>
    <message>
      <source>Rate skills — {name}</source>
      <translation>Évaluer les compétences — {name}</translation>
    </message>
    <message>
      <source>Rate skills…</source>
      <translation>Évaluer les compétences…</translation>
    </message>
    <message>
      <source>Rate the mentee on the skills of the framework (Ctrl+K)</source>
      <translation>Évaluer le mentoré sur les compétences du référentiel (Ctrl+K)</translation>
    </message>
    <message>
      <source>Rated by</source>
      <translation>Évalué par</translation>
    </message>
    <message>
      <source>Rated by:</source>
      <translation>Évalué par :</translation>
    </message>
    <message>
      <source>Rating</source>
      <translation>Évaluation</translation>
    </message>
    <message>
      <source>Rating by the mentee</source>
      <translation>Évaluation par le mentoré</translation>
    </message>
    <message>
      <source>Rating by the mentor</source>
      <translation>Évaluation par le mentor</translation>
    </message>
    <message>
      <source>Read all private notes</source>
      <translation>Lire toutes les notes privées</translation>
    </message>
    <message>
      <source>Read all private notes…</source>
      <translation>Lire toutes les notes privées…</translation>
    </message>
    <message>
      <source>Read the whole session on the Sessions tab</source>
      <translation>Lire toute la séance dans l’onglet Séances</translation>
    </message>
    <message>
      <source>Reading the file…</source>
      <translation>Lecture du fichier…</translation>
    </message>
    <message>
      <source>Recipients</source>
      <translation>Destinataires</translation>
    </message>
    <message>
      <source>Records</source>
      <translation>Enregistrements</translation>
    </message>
    <message>
      <source>Records are matched by their id, so importing the same file twice changes nothing. 'Updated' records were changed in the file after this journal's copy; 'conflicts' were changed here later. Mentees and skills are never doubled: for them the newer version is kept.</source>
      <translation>Les enregistrements sont rapprochés par leur identifiant : importer deux fois le même fichier ne change rien. Les enregistrements « mis à jour » ont été modifiés dans le fichier après la copie de ce journal ; les « conflits » ont été modifiés ici ensuite. Les mentorés et les compétences ne sont jamais dédoublés : pour eux, la version la plus récente est gardée.</translation>
    </message>
    <message>
      <source>Records changed on both sides:</source>
      <translation>Enregistrements modifiés des deux côtés :</translation>
    </message>
    <message>
      <source>Reflection</source>
      <translation>Réflexion</translation>
    </message>
    <message>
      <source>Reflection template</source>
      <translation>Modèle de réflexion</translation>
    </message>
    <message>
      <source>Reflection templates</source>
      <translation>Modèles de réflexion</translation>
    </message>
    <message>
      <source>Reflection text</source>
      <translation>Texte de la réflexion</translation>
    </message>
    <message>
      <source>Reflections</source>
      <translation>Réflexions</translation>
    </message>
    <message>
      <source>Relevant</source>
      <translation>Pertinent</translation>
    </message>
    <message>
      <source>Remember export passphrases on this computer</source>
      <translation>Mémoriser les phrases secrètes d’export sur cet ordinateur</translation>
    </message>
    <message>
      <source>Remember the passphrase on this computer</source>
      <translation>Mémoriser la phrase secrète sur cet ordinateur</translation>
    </message>
    <message>
      <source>Remove skill?</source>
      <translation>Retirer la compétence ?</translation>
    </message>
    <message>
      <source>Remove the selected action item (Delete)</source>
      <translation>Retirer l’action sélectionnée (Suppr)</translation>
    </message>
    <message>
      <source>Remove the skill; a skill with ratings is retired and keeps its history</source>
      <translation>Retirer la compétence ; une compétence déjà évaluée est archivée et garde son historique</translation>
    </message>
    <message>
      <source>Remove this date</source>
      <translation>Retirer cette date</translation>
    </message>
    <message>
      <source>Renaming a skill keeps its ratings. Mentees are rated on the skills in this order.</source>
      <translation>Renommer une compétence conserve ses évaluations. Les mentorés sont évalués sur les compétences dans cet ordre.</translation>
    </message>
    <message>
      <source>Reopen</source>
      <translation>Rouvrir</translation>
    </message>
    <message>
      <source>Replace the journal with the backup made {made}? Everything written since then will be gone from the journal; the journal as it is now is backed up first, so this can be undone.</source>
      <translation>Remplacer le journal par la sauvegarde du {made} ? Tout ce qui a été écrit depuis disparaîtra du journal ; le journal actuel est d’abord sauvegardé, l’opération peut donc être annulée.</translation>
    </message>
    <message>
      <source>Replace your text?</source>
      <translation>Remplacer votre texte ?</translation>
    </message>
    <message>
      <source>Restore backup</source>
      <translation>Restaurer la sauvegarde</translation>
    </message>
    <message>
      <source>Restoring…</source>
      <translation>Restauration en cours…</translation>
    </message>
    <message>
      <source>Retire skill?</source>
      <translation>Archiver la compétence ?</translation>
    </message>
    <message>
      <source>S — Specific</source>
      <translation>S — Spécifique</translation>
    </message>
    <message>
      <source>S&amp;hare summary…</source>
      <translation>&amp;Partager une synthèse…</translation>
    </message>
    <message>
      <source>S&amp;tart date:</source>
      <translation>Date de &amp;début :</translation>
    </message>
    <message>
      <source>S&amp;tatus:</source>
      <translation>S&amp;tatut :</translation>
    </message>
    <message>
      <source>SVG image (*.svg)</source>
      <translation>Image SVG (*.svg)</translation>
    </message>
    <message>
      <source>Same as the system</source>
      <translation>Comme le système</translation>
    </message>
    <message>
      <source>Save</source>
      <translation>Enregistrer</translation>
    </message>
    <message>
      <source>Save and close (Ctrl+S or Ctrl+Enter)</source>
      <translation>Enregistrer et fermer (Ctrl+S ou Ctrl+Entrée)</translation>
    </message>
    <message>
      <source>Save as PDF…</source>
      <translation>Enregistrer en PDF…</translation>
    </message>
    <message>
      <source>Save as PNG…</source>
      <translation>Enregistrer en PNG…</translation>
    </message>
    <message>
      <source>Save as SVG…</source>
      <translation>Enregistrer en SVG…</translation>
    </message>
    <message>
      <source>Save as:</source>
      <translation>Enregistrer sous :</translation>
    </message>
    <message>
      <source>Save brief as P&amp;DF…</source>
      <translation>Enregistrer la fiche en P&amp;DF…</translation>
    </message>
    <message>
      <source>Save brief as PDF</source>
      <translation>Enregistrer la fiche en PDF</translation>
    </message>
    <message>
      <source>Save chart</source>
      <translation>Enregistrer le graphique</translation>
    </message>
    <message>
      <source>Save chart…</source>
      <translation>Enregistrer le graphique…</translation>
    </message>
    <message>
      <source>Save or print a summary as PDF, Markdown, HTML, CSV or calendar file</source>
      <translation>Enregistrer ou imprimer une synthèse en PDF, Markdown, HTML, CSV ou fichier calendrier</translation>
    </message>
    <message>
      <source>Save summary</source>
      <translation>Enregistrer la synthèse</translation>
    </message>
    <message>
      <source>Save the chart as a PNG or SVG image</source>
      <translation>Enregistrer le graphique en image PNG ou SVG</translation>
    </message>
    <message>
      <source>Saved {0} ({1} records).</source>
      <translation>Enregistré : {0} ({1} enregistrements).</translation>
    </message>
    <message>
      <source>Saved {path}</source>
      <translation>Enregistré : {path}</translation>
    </message>
    <message>
      <source>Scale:  {scale}</source>
      <translation>Échelle :  {scale}</translation>
    </message>
    <message>
      <source>Se&amp;ttings…</source>
      <translation>&amp;Paramètres…</translation>
    </message>
    <message>
      <source>Search everything written in the journal ({keys})</source>
      <translation>Rechercher dans tout ce qui est écrit dans le journal ({keys})</translation>
    </message>
    <message>
      <source>Search mentees</source>
      <translation>Rechercher des mentorés</translation>
    </message>
    <message>
      <source>Search mentees by name or trade…</source>
      <translation>Rechercher des mentorés par nom ou métier…</translation>
    </message>
    <message>
      <source>Search results</source>
      <translation>Résultats de la recherche</translation>
    </message>
    <message>
      <source>Search the journal</source>
      <translation>Rechercher dans le journal</translation>
    </message>
    <message>
      <source>Secret key file</source>
      <translation>Fichier de clé secrète</translation>
    </message>
    <message>
      <source>Secret key file:</source>
      <translation>Fichier de clé secrète :</translation>
    </message>
    <message>
      <source>Sections</source>
      <translation>Sections</translation>
    </message>
    <message>
      <source>Select a reflection to read it.</source>
      <translation>Sélectionnez une réflexion pour la lire.</translation>
    </message>
    <message>
      <source>Select a session to read its notes.</source>
      <translation>Sélectionnez une séance pour lire ses notes.</translation>
    </message>
    <message>
      <source>Self</source>
      <translation>Lui-même</translation>
    </message>
    <message>
      <source>Self rating</source>
      <translation>Auto-évaluation</translation>
    </message>
    <message>
      <source>Self-rated confidence</source>
      <translation>Confiance auto-évaluée</translation>
    </message>
    <message>
      <source>Self-rated confidence of each attendee</source>
      <translation>Confiance auto-évaluée de chaque présent</translation>
    </message>
    <message>
      <source>Separate with commas, e.g. confidence, teamwork</source>
      <translation>Séparez par des virgules, par ex. confiance, travail d’équipe</translation>
    </message>
    <message>
      <source>Separate with commas, e.g. trade test, safety</source>
      <translation>Séparez par des virgules, par ex. examen professionnel, sécurité</translation>
    </message>
    <message>
      <source>Separate with commas, e.g. welding, evening class</source>
      <translation>Séparez par des virgules, par ex. soudure, cours du soir</translation>
    </message>
    <message>
      <source>Session</source>
      <translation>Séance</translation>
    </message>
    <message>
      <source>Session date</source>
      <translation>Date de la séance</translation>
    </message>
    <message>
      <source>Session date and time</source>
      <translation>Date et heure de la séance</translation>
    </message>
    <message>
      <source>Session details</source>
      <translation>Détails de la séance</translation>
    </message>
    <message>
      <source>Session template</source>
      <translation>Modèle de séance</translation>
    </message>
    <message>
      <source>Session templates</source>
      <translation>Modèles de séance</translation>
    </message>
    <message>
      <source>Sessions</source>
      <translation>Séances</translation>
    </message>
    <message>
      <source>Sessions and action items</source>
      <translation>Séances et actions</translation>
    </message>
    <message>
      <source>Sessions from</source>
      <translation>Séances du</translation>
    </message>
    <message>
      <source>Sessions in each month. Shaded stretches went longer than the agreed interval without a session.</source>
      <translation>Séances par mois. Les périodes grisées ont dépassé l’intervalle convenu sans séance.</translation>
    </message>
    <message>
      <source>Sessions per month</source>
      <translation>Séances par mois</translation>
    </message>
    <message>
      <source>Sessions this month</source>
      <translation>Séances ce mois-ci</translation>
    </message>
    <message>
      <source>Sessions until</source>
      <translation>Séances jusqu’au</translation>
    </message>
    <message>
      <source>Settings</source>
      <translation>Paramètres</translation>
    </message>
    <message>
      <source>Settings pages</source>
      <translation>Pages des paramètres</translation>
    </message>
    <message>
      <source>Share a summary</source>
      <translation>Partager une synthèse</translation>
    </message>
    <message>
      <source>Show</source>
      <translation>Afficher</translation>
    </message>
    <message>
      <source>Show as chart</source>
      <translation>Afficher en graphique</translation>
    </message>
    <message>
      <source>Show as table</source>
      <translation>Afficher en tableau</translation>
    </message>
    <message>
      <source>Show every current mentee again</source>
      <translation>Réafficher tous les mentorés en cours</translation>
    </message>
    <message>
      <source>Show mentees with status</source>
      <translation>Afficher les mentorés au statut</translation>
    </message>
    <message>
      <source>Show more filters</source>
      <translation>Afficher plus de filtres</translation>
    </message>
    <message>
      <source>Show the session on its mentee's Sessions tab</source>
      <translation>Afficher la séance dans l’onglet Séances de son mentoré</translation>
    </message>
    <message>
      <source>Show:</source>
      <translation>Afficher :</translation>
    </message>
    <message>
      <source>Size</source>
      <translation>Taille</translation>
    </message>
    <message>
      <source>Skill</source>
      <translation>Compétence</translation>
    </message>
    <message>
      <source>Skill changes since the last session</source>
      <translation>Évolution des compétences depuis la dernière séance</translation>
    </message>
    <message>
      <source>Skill rating</source>
      <translation>Évaluation de compétence</translation>
    </message>
    <message>
      <source>Skill ratings</source>
      <translation>Évaluations des compétences</translation>
    </message>
    <message>
      <source>Skill:</source>
      <translation>Compétence :</translation>
    </message>
    <message>
      <source>Skills</source>
      <translation>Compétences</translation>
    </message>
    <message>
      <source>Skills of the framework</source>
      <translation>Compétences du référentiel</translation>
    </message>
    <message>
      <source>Skills to rate</source>
      <translation>Compétences à évaluer</translation>
    </message>
    <message>
      <source>Skills, with the ratings chart</source>
      <translation>Compétences, avec le graphique des évaluations</translation>
    </message>
    <message>
      <source>Skills: first and latest rating</source>
      <translation>Compétences : première et dernière évaluation</translation>
    </message>
    <message>
      <source>Skills: first vs latest</source>
      <translation>Compétences : première et dernière</translation>
    </message>
    <message>
      <source>Soft</source>
      <translation>Transversales</translation>
    </message>
    <message>
      <source>Soft skill</source>
      <translation>Compétence transversale</translation>
    </message>
    <message>
      <source>Something went wrong</source>
      <translation>Un problème est survenu</translation>
    </message>
    <message>
      <source>Specific</source>
      <translation>Spécifique</translation>
    </message>
    <message>
      <source>Spreadsheet (CSV)</source>
      <translation>Tableur (CSV)</translation>
    </message>
    <message>
      <source>St&amp;atus:</source>
      <translation>St&amp;atut :</translation>
    </message>
    <message>
      <source>Start date</source>
      <translation>Date de début</translation>
    </message>
    <message>
      <source>Started</source>
      <translation>Commencé</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Statut</translation>
    </message>
    <message>
      <source>Strength: {0}</source>
      <translation>Solidité : {0}</translation>
    </message>
    <message>
      <source>Strong.</source>
      <translation>Forte.</translation>
    </message>
    <message>
      <source>Summaries of every mentee are made as one PDF or as CSV tables.</source>
      <translation>Les synthèses de tous les mentorés sont produites en un seul PDF ou en tableaux CSV.</translation>
    </message>
    <message>
      <source>Summaries of every mentee, in one file</source>
      <translation>Synthèses de tous les mentorés, dans un seul fichier</translation>
    </message>
    <message>
      <source>Summary of {name}</source>
      <translation>Synthèse de {name}</translation>
    </message>
    <message>
      <source>Supervised</source>
      <translation>Sous supervision</translation>
    </message>
    <message>
      <source>T — Time-bound</source>
      <translation>T — Temporellement défini</translation>
    </message>
    <message>
      <source>T&amp;ags:</source>
      <translation>Éti&amp;quettes :</translation>
    </message>
    <message>
      <source>T&amp;emplate:</source>
      <translation>&amp;Modèle :</translation>
    </message>
    <message>
      <source>T&amp;opics:</source>
      <translation>&amp;Sujets :</translation>
    </message>
    <message>
      <source>Ta&amp;gs:</source>
      <translation>Éti&amp;quettes :</translation>
    </message>
    <message>
      <source>Table</source>
      <translation>Tableau</translation>
    </message>
    <message>
      <source>Tags</source>
      <translation>Étiquettes</translation>
    </message>
    <message>
      <source>Tags: {tags}</source>
      <translation>Étiquettes : {tags}</translation>
    </message>
    <message>
      <source>Target &amp;date:</source>
      <translation>&amp;Date cible :</translation>
    </message>
    <message>
      <source>Target date</source>
      <translation>Date cible</translation>
    </message>
    <message>
      <source>Target date: {date}</source>
      <translation>Date cible : {date}</translation>
    </message>
    <message>
      <source>Target value</source>
      <translation>Valeur cible</translation>
    </message>
    <message>
      <source>Target: {target}</source>
      <translation>Cible : {target}</translation>
    </message>
    <message>
      <source>Technical</source>
      <translation>Techniques</translation>
    </message>
    <message>
      <source>Technical skill</source>
      <translation>Compétence technique</translation>
    </message>
    <message>
      <source>Template</source>
      <translation>Modèle</translation>
    </message>
    <message>
      <source>Templates</source>
      <translation>Modèles</translation>
    </message>
    <message>
      <source>That is not the journal's passphrase. Try again.</source>
      <translation>Ce n’est pas la phrase secrète du journal. Réessayez.</translation>
    </message>
    <message>
      <source>The app closed before these were saved. Restore opens each one in its editor, complete, so you can check it and save it (or discard it).</source>
      <translation>L’application s’est fermée avant leur enregistrement. Restaurer ouvre chacun dans son éditeur, complet, pour que vous puissiez le vérifier et l’enregistrer (ou l’abandonner).</translation>
    </message>
    <message>
      <source>The backup is encrypted. Passphrase of the journal's backups:</source>
      <translation>La sauvegarde est chiffrée. Phrase secrète des sauvegardes du journal :</translation>
    </message>
    <message>
      <source>The backup made {when} is back in place.</source>
      <translation>La sauvegarde du {when} est remise en place.</translation>
    </message>
    <message>
      <source>The chart could not be saved:
{reason}</source>
      <translation>Le graphique n’a pas pu être enregistré :
{reason}</translation>
    </message>
    <message>
      <source>The chart's data as a table of text</source>
      <translation>Les données du graphique sous forme de tableau</translation>
    </message>
    <message>
      <source>The check stopped on an unexpected error.</source>
      <translation>La vérification s’est arrêtée sur une erreur inattendue.</translation>
    </message>
    <message>
      <source>The damaged journal was kept as {name}.</source>
      <translation>Le journal endommagé a été conservé sous le nom {name}.</translation>
    </message>
    <message>
      <source>The date the mentee agreed that you keep these notes</source>
      <translation>La date à laquelle le mentoré a accepté que vous gardiez ces notes</translation>
    </message>
    <message>
      <source>The details are also in the log file: {path}</source>
      <translation>Les détails figurent aussi dans le fichier journal : {path}</translation>
    </message>
    <message>
      <source>The draft could not be kept: save when you can</source>
      <translation>Le brouillon n’a pas pu être conservé : enregistrez dès que possible</translation>
    </message>
    <message>
      <source>The export's passphrase (or this journal's backup passphrase)</source>
      <translation>La phrase secrète de l’export (ou celle des sauvegardes de ce journal)</translation>
    </message>
    <message>
      <source>The file could not be made: {reason}</source>
      <translation>Le fichier n’a pas pu être créé : {reason}</translation>
    </message>
    <message>
      <source>The file could not be saved: {reason}</source>
      <translation>Le fichier n’a pas pu être enregistré : {reason}</translation>
    </message>
    <message>
      <source>The file's structure is damaged: {detail}.</source>
      <translation>La structure du fichier est endommagée : {detail}.</translation>
    </message>
    <message>
      <source>The journal could not be checked.</source>
      <translation>Le journal n’a pas pu être vérifié.</translation>
    </message>
    <message>
      <source>The journal or chosen mentees as one encrypted file</source>
      <translation>Le journal ou les mentorés choisis, en un seul fichier chiffré</translation>
    </message>
    <message>
      <source>The key of these backups is missing from their folder.</source>
      <translation>La clé de ces sauvegardes manque dans leur dossier.</translation>
    </message>
    <message>
      <source>The linked session cannot be changed afterwards</source>
      <translation>La séance liée ne peut pas être changée ensuite</translation>
    </message>
    <message>
      <source>The mentee committed to</source>
      <translation>Le mentoré s’est engagé à</translation>
    </message>
    <message>
      <source>The mentee's full name as on the class list (required)</source>
      <translation>Le nom complet du mentoré comme sur la liste de classe (obligatoire)</translation>
    </message>
    <message>
      <source>The mentee's rating of themselves, as they told you</source>
      <translation>L’auto-évaluation du mentoré, telle qu’il vous l’a dite</translation>
    </message>
    <message>
      <source>The mentor agreed to</source>
      <translation>Le mentor s’est engagé à</translation>
    </message>
    <message>
      <source>The next meeting and open action items, for a calendar program</source>
      <translation>La prochaine rencontre et les actions en cours, pour un logiciel d’agenda</translation>
    </message>
    <message>
      <source>The note on “{skill}” contains a character that cannot be stored.</source>
      <translation>La note sur « {skill} » contient un caractère qui ne peut pas être enregistré.</translation>
    </message>
    <message>
      <source>The number to reach, if the measure is a count or a score</source>
      <translation>Le nombre à atteindre, si la mesure est un compte ou un score</translation>
    </message>
    <message>
      <source>The passphrase does not open this journal's backups.</source>
      <translation>Cette phrase secrète n’ouvre pas les sauvegardes de ce journal.</translation>
    </message>
    <message>
      <source>The period starts after it ends.</source>
      <translation>La période commence après sa fin.</translation>
    </message>
    <message>
      <source>The private note stays in the app.</source>
      <translation>La note privée reste dans l’application.</translation>
    </message>
    <message>
      <source>The programme or trade the mentee is trained in</source>
      <translation>La filière ou le métier auquel le mentoré est formé</translation>
    </message>
    <message>
      <source>The programme report is made as PDF, Markdown, HTML or CSV.</source>
      <translation>Le rapport de programme est produit en PDF, Markdown, HTML ou CSV.</translation>
    </message>
    <message>
      <source>The prompts, one per line, e.g.
What did I see?
What will I do next?</source>
      <translation>Les questions, une par ligne, par ex.
Qu’ai-je observé ?
Que vais-je faire ensuite ?</translation>
    </message>
    <message>
      <source>The search index had a problem and has been rebuilt.</source>
      <translation>L’index de recherche avait un problème et a été reconstruit.</translation>
    </message>
    <message>
      <source>The search index was damaged and has been rebuilt.</source>
      <translation>L’index de recherche était endommagé et a été reconstruit.</translation>
    </message>
    <message>
      <source>The search index was missing and has been rebuilt.</source>
      <translation>L’index de recherche manquait et a été reconstruit.</translation>
    </message>
    <message>
      <source>The search index was out of step with your records and has been rebuilt.</source>
      <translation>L’index de recherche n’était plus en phase avec vos enregistrements et a été reconstruit.</translation>
    </message>
    <message>
      <source>The secret key file cannot be read.</source>
      <translation>Le fichier de clé secrète ne peut pas être lu.</translation>
    </message>
    <message>
      <source>The skills you rate mentees on. Choose a skill to change it, or add a new one.</source>
      <translation>Les compétences sur lesquelles vous évaluez les mentorés. Choisissez une compétence pour la modifier, ou ajoutez-en une.</translation>
    </message>
    <message>
      <source>The template fills in text you have already typed. Replace your text with it?</source>
      <translation>Le modèle remplit un texte que vous avez déjà saisi. Remplacer votre texte ?</translation>
    </message>
    <message>
      <source>The two new passphrases differ.</source>
      <translation>Les deux nouvelles phrases secrètes diffèrent.</translation>
    </message>
    <message>
      <source>The two passphrases differ.</source>
      <translation>Les deux phrases secrètes diffèrent.</translation>
    </message>
    <message>
      <source>The value measured for this goal</source>
      <translation>La valeur mesurée pour cet objectif</translation>
    </message>
    <message>
      <source>The whole journal</source>
      <translation>Tout le journal</translation>
    </message>
    <message>
      <source>Theme</source>
      <translation>Thème</translation>
    </message>
    <message>
      <source>These are recorded for {name}, the first mentee ticked.</source>
      <translation>Elles sont enregistrées pour {name}, le premier mentoré coché.</translation>
    </message>
    <message>
      <source>Things only you need to know, e.g. works night shifts on weekends</source>
      <translation>Ce que vous seul devez savoir, par ex. travaille de nuit le week-end</translation>
    </message>
    <message>
      <source>This backup is encrypted. Enter the passphrase of the journal's backups.</source>
      <translation>Cette sauvegarde est chiffrée. Saisissez la phrase secrète des sauvegardes du journal.</translation>
    </message>
    <message>
      <source>This cannot be undone.</source>
      <translation>Cette opération est irréversible.</translation>
    </message>
    <message>
      <source>This erases:</source>
      <translation>Ceci efface :</translation>
    </message>
    <message>
      <source>This file is protected: enter its passphrase.</source>
      <translation>Ce fichier est protégé : saisissez sa phrase secrète.</translation>
    </message>
    <message>
      <source>This file was encrypted to a key. Choose the matching secret key file.</source>
      <translation>Ce fichier a été chiffré pour une clé. Choisissez le fichier de clé secrète correspondant.</translation>
    </message>
    <message>
      <source>This journal's own key, for others to send to: {0}</source>
      <translation>La clé propre à ce journal, pour que d’autres vous envoient des fichiers : {0}</translation>
    </message>
    <message>
      <source>This skill has not been rated yet — rate it in a session to see it here.</source>
      <translation>Cette compétence n’a pas encore été évaluée — évaluez-la lors d’une séance pour la voir ici.</translation>
    </message>
    <message>
      <source>Tick Done when the action is completed; the date can be changed</source>
      <translation>Cochez Fait quand l’action est terminée ; la date peut être modifiée</translation>
    </message>
    <message>
      <source>Tick at least one mentee, or export the whole journal.</source>
      <translation>Cochez au moins un mentoré, ou exportez tout le journal.</translation>
    </message>
    <message>
      <source>Tick everyone who attended (Space ticks; Enter in the search ticks the first)</source>
      <translation>Cochez toutes les personnes présentes (Espace coche ; Entrée dans la recherche coche la première)</translation>
    </message>
    <message>
      <source>To change or tick off action items, use the Actions tab.</source>
      <translation>Pour modifier ou cocher les actions, utilisez l’onglet Actions.</translation>
    </message>
    <message>
      <source>Topics</source>
      <translation>Sujets</translation>
    </message>
    <message>
      <source>Topics: {topics}</source>
      <translation>Sujets : {topics}</translation>
    </message>
    <message>
      <source>Type 1 to 5 to rate a skill, 0 to clear it; ↑ ↓ move between skills, Tab goes to the note. Skills left empty are not rated.</source>
      <translation>Tapez 1 à 5 pour évaluer une compétence, 0 pour l’effacer ; ↑ ↓ passent d’une compétence à l’autre, Tab va à la note. Les compétences laissées vides ne sont pas évaluées.</translation>
    </message>
    <message>
      <source>Type 1 to 5 to rate, 0 to clear; double-click for a list</source>
      <translation>Tapez 1 à 5 pour évaluer, 0 pour effacer ; double-clic pour une liste</translation>
    </message>
    <message>
      <source>Type an action and press Enter</source>
      <translation>Saisissez une action et appuyez sur Entrée</translation>
    </message>
    <message>
      <source>US Letter</source>
      <translation>Lettre US</translation>
    </message>
    <message>
      <source>Unchanged</source>
      <translation>Inchangés</translation>
    </message>
    <message>
      <source>Unit</source>
      <translation>Unité</translation>
    </message>
    <message>
      <source>Unlock first to close the journal.</source>
      <translation>Déverrouillez d’abord pour fermer le journal.</translation>
    </message>
    <message>
      <source>Unlock problem</source>
      <translation>Problème de déverrouillage</translation>
    </message>
    <message>
      <source>Unlocking the backup key…</source>
      <translation>Déverrouillage de la clé des sauvegardes…</translation>
    </message>
    <message>
      <source>Unlocking this journal's key…</source>
      <translation>Déverrouillage de la clé de ce journal…</translation>
    </message>
    <message>
      <source>Unsaved changes</source>
      <translation>Modifications non enregistrées</translation>
    </message>
    <message>
      <source>Unsaved drafts</source>
      <translation>Brouillons non enregistrés</translation>
    </message>
    <message>
      <source>Updated</source>
      <translation>Mis à jour</translation>
    </message>
    <message>
      <source>Used for mentees without a cadence of their own: the brief and the dashboard say when a meeting is due. Kept in the journal.</source>
      <translation>Utilisé pour les mentorés sans rythme propre : la fiche et le tableau de bord indiquent quand une rencontre est due. Conservé dans le journal.</translation>
    </message>
    <message>
      <source>Used for mentees without their own cadence</source>
      <translation>Utilisé pour les mentorés sans rythme propre</translation>
    </message>
    <message>
      <source>Version {version}</source>
      <translation>Version {version}</translation>
    </message>
    <message>
      <source>Very common words: the newest records were ranked.</source>
      <translation>Mots très courants : seuls les enregistrements les plus récents ont été classés.</translation>
    </message>
    <message>
      <source>Virtual</source>
      <translation>À distance</translation>
    </message>
    <message>
      <source>Weak: easy to guess. Use Generate, or add more words.</source>
      <translation>Faible : facile à deviner. Utilisez Générer, ou ajoutez des mots.</translation>
    </message>
    <message>
      <source>Web page (HTML)</source>
      <translation>Page web (HTML)</translation>
    </message>
    <message>
      <source>Web pages (*.html)</source>
      <translation>Pages web (*.html)</translation>
    </message>
    <message>
      <source>Weekly backups kept</source>
      <translation>Sauvegardes hebdomadaires conservées</translation>
    </message>
    <message>
      <source>Weekly backups kept:</source>
      <translation>Sauvegardes hebdomadaires conservées :</translation>
    </message>
    <message>
      <source>What</source>
      <translation>Quoi</translation>
    </message>
    <message>
      <source>What doing it well looks like, e.g. Makes sound joints first time</source>
      <translation>À quoi ressemble un travail bien fait, par ex. Réussit ses joints du premier coup</translation>
    </message>
    <message>
      <source>What exactly will the mentee be able to do?</source>
      <translation>Que saura faire exactement le mentoré ?</translation>
    </message>
    <message>
      <source>What happened</source>
      <translation>Ce qui s’est passé</translation>
    </message>
    <message>
      <source>What happened?</source>
      <translation>Que s’est-il passé ?</translation>
    </message>
    <message>
      <source>What makes it realistic: time, tools, support?</source>
      <translation>Qu’est-ce qui le rend réaliste : temps, outils, soutien ?</translation>
    </message>
    <message>
      <source>What next?</source>
      <translation>Et ensuite ?</translation>
    </message>
    <message>
      <source>What stood out for you? e.g. She explained the wiring diagram to the group</source>
      <translation>Qu’est-ce qui vous a marqué ? par ex. Elle a expliqué le schéma de câblage au groupe</translation>
    </message>
    <message>
      <source>What the import changes</source>
      <translation>Ce que l’importation change</translation>
    </message>
    <message>
      <source>What they like to be called, e.g. Abe</source>
      <translation>Comment la personne aime être appelée, par ex. Abe</translation>
    </message>
    <message>
      <source>What to change</source>
      <translation>Ce qu’il faut changer</translation>
    </message>
    <message>
      <source>What to export</source>
      <translation>Quoi exporter</translation>
    </message>
    <message>
      <source>What went well</source>
      <translation>Ce qui s’est bien passé</translation>
    </message>
    <message>
      <source>What went well?</source>
      <translation>Qu’est-ce qui s’est bien passé ?</translation>
    </message>
    <message>
      <source>What would you change?</source>
      <translation>Que changeriez-vous ?</translation>
    </message>
    <message>
      <source>What you talked about and agreed, e.g. Reviewed the practical assessment</source>
      <translation>Ce dont vous avez parlé et ce que vous avez convenu, par ex. Revue de l’évaluation pratique</translation>
    </message>
    <message>
      <source>What you typed stays here and is kept as a draft outside the journal.</source>
      <translation>Ce que vous avez saisi reste ici et est conservé en brouillon hors du journal.</translation>
    </message>
    <message>
      <source>What you typed stays here and is kept as a draft.</source>
      <translation>Ce que vous avez saisi reste ici et est conservé en brouillon.</translation>
    </message>
    <message>
      <source>What you were doing may not have finished. Everything saved before is safe in the journal, and text in an open editor is still there. If this happens again, copy the details and send them to whoever supports the app: they contain no notes and no names.</source>
      <translation>L’opération en cours n’est peut-être pas terminée. Tout ce qui a été enregistré avant est en sécurité dans le journal, et le texte d’un éditeur ouvert est toujours là. Si cela se reproduit, copiez les détails et envoyez-les à la personne qui assure le support : ils ne contiennent ni notes ni noms.</translation>
    </message>
    <message>
      <source>When a record was changed on both sides</source>
      <translation>Quand un enregistrement a été modifié des deux côtés</translation>
    </message>
    <message>
      <source>When and who</source>
      <translation>Quand et qui</translation>
    </message>
    <message>
      <source>When the journal has a passphrase, the app hides everything and asks for it again after this long without use.</source>
      <translation>Quand le journal a une phrase secrète, l’application masque tout et la redemande après ce délai sans utilisation.</translation>
    </message>
    <message>
      <source>When the mentoring started; leave as Not set if unknown</source>
      <translation>Début du mentorat ; laissez Non défini si vous ne savez pas</translation>
    </message>
    <message>
      <source>When you agreed to meet again, if you did</source>
      <translation>Quand vous avez convenu de vous revoir, le cas échéant</translation>
    </message>
    <message>
      <source>While working</source>
      <translation>Pendant le travail</translation>
    </message>
    <message>
      <source>While you work, at most every:</source>
      <translation>Pendant le travail, au plus tous les :</translation>
    </message>
    <message>
      <source>Who</source>
      <translation>Qui</translation>
    </message>
    <message>
      <source>Who am I losing touch with?</source>
      <translation>Avec qui suis-je en train de perdre le contact ?</translation>
    </message>
    <message>
      <source>Who does it</source>
      <translation>Qui s’en charge</translation>
    </message>
    <message>
      <source>Why</source>
      <translation>Motif</translation>
    </message>
    <message>
      <source>Why does it matter for the mentee's trade or career?</source>
      <translation>Pourquoi est-ce important pour le métier ou la carrière du mentoré ?</translation>
    </message>
    <message>
      <source>With a passphrase, Mentor Journal asks for it when it starts and after it locks (Ctrl+L, or after {minutes} idle minutes). It hides your notes from others on a shared laptop; it does not encrypt the journal file. A forgotten passphrase cannot be recovered.</source>
      <translation>Avec une phrase secrète, Mentor Journal la demande au démarrage et après un verrouillage (Ctrl+L, ou après {minutes} minutes d’inactivité). Elle cache vos notes aux autres utilisateurs d’un ordinateur partagé ; elle ne chiffre pas le fichier du journal. Une phrase secrète oubliée ne peut pas être retrouvée.</translation>
    </message>
    <message>
      <source>With a passphrase, Mentor Journal asks for it when it starts and after it locks (Ctrl+L; the idle lock is off in Settings). It hides your notes from others on a shared laptop; it does not encrypt the journal file. A forgotten passphrase cannot be recovered.</source>
      <translation>Avec une phrase secrète, Mentor Journal la demande au démarrage et après un verrouillage (Ctrl+L ; le verrouillage après inactivité est désactivé dans les Paramètres). Elle cache vos notes aux autres utilisateurs d’un ordinateur partagé ; elle ne chiffre pas le fichier du journal. Une phrase secrète oubliée ne peut pas être retrouvée.</translation>
    </message>
    <message>
      <source>Withdrawn</source>
      <translation>Abandon</translation>
    </message>
    <message>
      <source>Words match as beginnings (weld finds welding); put words in quotes for a phrase. Case and accents do not matter. Ctrl+Shift+F comes back here.</source>
      <translation>Les mots correspondent par leur début (soud trouve soudure) ; mettez des mots entre guillemets pour une expression. Majuscules et accents sont ignorés. Ctrl+Maj+F ramène ici.</translation>
    </message>
    <message>
      <source>Words, or "a phrase" — names, notes, goals, actions, reflections</source>
      <translation>Des mots, ou « une expression » — noms, notes, objectifs, actions, réflexions</translation>
    </message>
    <message>
      <source>Workplace visit</source>
      <translation>Visite en entreprise</translation>
    </message>
    <message>
      <source>Writing the summaries…</source>
      <translation>Rédaction des synthèses…</translation>
    </message>
    <message>
      <source>Written by: {who}</source>
      <translation>Écrit par : {who}</translation>
    </message>
    <message>
      <source>Yes</source>
      <translation>Oui</translation>
    </message>
    <message>
      <source>You (the mentor) or the mentee</source>
      <translation>Vous (le mentor) ou le mentoré</translation>
    </message>
    <message>
      <source>You have changes that are not saved. Discard them?</source>
      <translation>Vous avez des modifications non enregistrées. Les abandonner ?</translation>
    </message>
    <message>
      <source>Your &amp;name:</source>
      <translation>Votre &amp;nom :</translation>
    </message>
    <message>
      <source>Your journal is empty. Start by adding a mentee: you can then log sessions, goals, action items and reflections.</source>
      <translation>Votre journal est vide. Commencez par ajouter un mentoré : vous pourrez ensuite noter des séances, des objectifs, des actions et des réflexions.</translation>
    </message>
    <message>
      <source>Your journal is sound: no problems found.</source>
      <translation>Votre journal est sain : aucun problème trouvé.</translation>
    </message>
    <message>
      <source>Your journal is sound; the check put one thing right.</source>
      <translation>Votre journal est sain ; la vérification a corrigé une chose.</translation>
    </message>
    <message>
      <source>Your journal is sound; the check put some things right.</source>
      <translation>Votre journal est sain ; la vérification a corrigé quelques points.</translation>
    </message>
    <message>
      <source>Your name and institution appear on printed summaries. The cadence is how often you plan to meet each mentee unless set on the mentee.</source>
      <translation>Votre nom et votre établissement figurent sur les synthèses imprimées. Le rythme est la fréquence prévue des rencontres avec chaque mentoré, sauf s’il est défini pour le mentoré.</translation>
    </message>
    <message>
      <source>Your notes are hidden. This journal has no passphrase, so anyone can open it again; set one in Tools &gt; App lock passphrase.</source>
      <translation>Vos notes sont masquées. Ce journal n’a pas de phrase secrète, donc n’importe qui peut le rouvrir ; définissez-en une dans Outils &gt; Phrase secrète de verrouillage.</translation>
    </message>
    <message>
      <source>Your notes are hidden. Type the journal's passphrase to go on.</source>
      <translation>Vos notes sont masquées. Saisissez la phrase secrète du journal pour continuer.</translation>
    </message>
    <message>
      <source>Your notes are still there. Make a copy of the journal file before changing anything, and restore the latest backup if you can.</source>
      <translation>Vos notes sont toujours là. Faites une copie du fichier du journal avant de modifier quoi que ce soit, et restaurez la dernière sauvegarde si vous le pouvez.</translation>
    </message>
    <message>
      <source>Your own reflection, or the mentee's as they told it to you</source>
      <translation>Votre propre réflexion, ou celle du mentoré telle qu’il vous l’a racontée</translation>
    </message>
    <message>
      <source>Your rating as the mentor</source>
      <translation>Votre évaluation en tant que mentor</translation>
    </message>
    <message>
      <source>achieved {date}</source>
      <translation>atteint le {date}</translation>
    </message>
    <message>
      <source>action items</source>
      <translation>actions à mener</translation>
    </message>
    <message>
      <source>active mentees</source>
      <translation>mentorés actifs</translation>
    </message>
    <message>
      <source>add a mentee</source>
      <translation>ajouter un mentoré</translation>
    </message>
    <message>
      <source>age1… (several: separate with spaces)</source>
      <translation>age1… (plusieurs : séparez par des espaces)</translation>
    </message>
    <message>
      <source>and {0} more.</source>
      <translation>et {0} de plus.</translation>
    </message>
    <message>
      <source>and {n} more on the Actions tab</source>
      <translation>et {n} de plus dans l’onglet Actions</translation>
    </message>
    <message>
      <source>at least {n} characters</source>
      <translation>au moins {n} caractères</translation>
    </message>
    <message>
      <source>backed up by hand</source>
      <translation>sauvegarde manuelle</translation>
    </message>
    <message>
      <source>backup key</source>
      <translation>clé des sauvegardes</translation>
    </message>
    <message>
      <source>before a restore</source>
      <translation>avant une restauration</translation>
    </message>
    <message>
      <source>before a schema upgrade</source>
      <translation>avant une mise à jour du schéma</translation>
    </message>
    <message>
      <source>before an import</source>
      <translation>avant une importation</translation>
    </message>
    <message>
      <source>done {date}</source>
      <translation>fait le {date}</translation>
    </message>
    <message>
      <source>due by {date}</source>
      <translation>à faire pour le {date}</translation>
    </message>
    <message>
      <source>due today</source>
      <translation>échéance aujourd’hui</translation>
    </message>
    <message>
      <source>due {date}</source>
      <translation>échéance {date}</translation>
    </message>
    <message>
      <source>e.g. 12</source>
      <translation>par ex. 12</translation>
    </message>
    <message>
      <source>e.g. 2025 intake, Group B</source>
      <translation>par ex. promotion 2025, groupe B</translation>
    </message>
    <message>
      <source>e.g. 60</source>
      <translation>par ex. 60</translation>
    </message>
    <message>
      <source>e.g. 8</source>
      <translation>par ex. 8</translation>
    </message>
    <message>
      <source>e.g. Abebe Kebede</source>
      <translation>par ex. Abebe Kebede</translation>
    </message>
    <message>
      <source>e.g. After a workplace visit</source>
      <translation>par ex. Après une visite en entreprise</translation>
    </message>
    <message>
      <source>e.g. Bahir Dar Polytechnic College</source>
      <translation>par ex. Bahir Dar Polytechnic College</translation>
    </message>
    <message>
      <source>e.g. Before the trade test</source>
      <translation>par ex. Avant l’examen professionnel</translation>
    </message>
    <message>
      <source>e.g. Cable sizing; preparing for the trade test</source>
      <translation>par ex. Dimensionnement des câbles ; préparation de l’examen professionnel</translation>
    </message>
    <message>
      <source>e.g. Electrical Installation</source>
      <translation>par ex. Installation électrique</translation>
    </message>
    <message>
      <source>e.g. Give the checklist before, not after</source>
      <translation>par ex. Donner la liste de contrôle avant, pas après</translation>
    </message>
    <message>
      <source>e.g. He found the fault himself</source>
      <translation>par ex. Il a trouvé la panne tout seul</translation>
    </message>
    <message>
      <source>e.g. Level II</source>
      <translation>par ex. Niveau II</translation>
    </message>
    <message>
      <source>e.g. Meron Tadesse</source>
      <translation>par ex. Meron Tadesse</translation>
    </message>
    <message>
      <source>e.g. Needed for the trade test and for the job at the steel workshop</source>
      <translation>par ex. Nécessaire pour l’examen professionnel et pour le poste à l’atelier de métallerie</translation>
    </message>
    <message>
      <source>e.g. Pass the Level II welding practical</source>
      <translation>par ex. Réussir l’épreuve pratique de soudure de niveau II</translation>
    </message>
    <message>
      <source>e.g. Practical assessment checklist</source>
      <translation>par ex. Liste de contrôle de l’évaluation pratique</translation>
    </message>
    <message>
      <source>e.g. Practise bending 20 mm conduit to 90°</source>
      <translation>par ex. S’entraîner à cintrer un conduit de 20 mm à 90°</translation>
    </message>
    <message>
      <source>e.g. Revise Ohm's law. Enter adds it to the list below.</source>
      <translation>par ex. Réviser la loi d’Ohm. Entrée l’ajoute à la liste ci-dessous.</translation>
    </message>
    <message>
      <source>e.g. Soldering and crimping</source>
      <translation>par ex. Soudure et sertissage</translation>
    </message>
    <message>
      <source>e.g. Two extra workshop hours a week; the college has the plate</source>
      <translation>par ex. Deux heures d’atelier en plus par semaine ; l’établissement a les tôles</translation>
    </message>
    <message>
      <source>e.g. Two joints failed the bend test: too much heat</source>
      <translation>par ex. Deux joints ont échoué à l’essai de pliage : trop de chaleur</translation>
    </message>
    <message>
      <source>e.g. Visit the workplace in two weeks</source>
      <translation>par ex. Visiter le lieu de travail dans deux semaines</translation>
    </message>
    <message>
      <source>e.g. We went through the failed inspection</source>
      <translation>par ex. Nous avons repris l’inspection ratée</translation>
    </message>
    <message>
      <source>e.g. Weld 10 mm plate in the vertical position with a full-penetration butt</source>
      <translation>par ex. Souder une tôle de 10 mm en position verticale, bout à bout à pleine pénétration</translation>
    </message>
    <message>
      <source>e.g. joints</source>
      <translation>par ex. joints</translation>
    </message>
    <message>
      <source>e.g. joints passing the bend test</source>
      <translation>par ex. joints réussissant l’essai de pliage</translation>
    </message>
    <message>
      <source>find a mentee</source>
      <translation>trouver un mentoré</translation>
    </message>
    <message>
      <source>first rating: {after}</source>
      <translation>première évaluation : {after}</translation>
    </message>
    <message>
      <source>from</source>
      <translation>du</translation>
    </message>
    <message>
      <source>goal check-ins</source>
      <translation>points d’étape des objectifs</translation>
    </message>
    <message>
      <source>goal tags</source>
      <translation>étiquettes des objectifs</translation>
    </message>
    <message>
      <source>goals</source>
      <translation>objectifs</translation>
    </message>
    <message>
      <source>goals achieved this month</source>
      <translation>objectifs atteints ce mois-ci</translation>
    </message>
    <message>
      <source>goals in progress</source>
      <translation>objectifs en cours</translation>
    </message>
    <message>
      <source>goes by “{name}”</source>
      <translation>se fait appeler « {name} »</translation>
    </message>
    <message>
      <source>journal settings</source>
      <translation>paramètres du journal</translation>
    </message>
    <message>
      <source>keyring support is not installed</source>
      <translation>la prise en charge du trousseau n’est pas installée</translation>
    </message>
    <message>
      <source>last check-in {date}</source>
      <translation>dernier point d’étape le {date}</translation>
    </message>
    <message>
      <source>log a session</source>
      <translation>noter une séance</translation>
    </message>
    <message>
      <source>meets every day</source>
      <translation>se rencontrent chaque jour</translation>
    </message>
    <message>
      <source>meets every {n} days</source>
      <translation>se rencontrent tous les {n} jours</translation>
    </message>
    <message>
      <source>mentee tags</source>
      <translation>étiquettes des mentorés</translation>
    </message>
    <message>
      <source>mentees</source>
      <translation>mentorés</translation>
    </message>
    <message>
      <source>more…</source>
      <translation>suite…</translation>
    </message>
    <message>
      <source>never</source>
      <translation>jamais</translation>
    </message>
    <message>
      <source>no check-in yet</source>
      <translation>aucun point d’étape</translation>
    </message>
    <message>
      <source>no target date</source>
      <translation>pas de date cible</translation>
    </message>
    <message>
      <source>none</source>
      <translation>aucun</translation>
    </message>
    <message>
      <source>none yet</source>
      <translation>aucun pour l’instant</translation>
    </message>
    <message>
      <source>not asked</source>
      <translation>non demandé</translation>
    </message>
    <message>
      <source>not planned yet</source>
      <translation>pas encore prévue</translation>
    </message>
    <message>
      <source>not rated yet</source>
      <translation>pas encore évalué</translation>
    </message>
    <message>
      <source>not set</source>
      <translation>non défini</translation>
    </message>
    <message>
      <source>on closing</source>
      <translation>à la fermeture</translation>
    </message>
    <message>
      <source>open action items</source>
      <translation>actions en cours</translation>
    </message>
    <message>
      <source>overdue</source>
      <translation>en retard</translation>
    </message>
    <message>
      <source>overdue ({date})</source>
      <translation>en retard ({date})</translation>
    </message>
    <message>
      <source>overdue action items</source>
      <translation>actions en retard</translation>
    </message>
    <message>
      <source>overdue by 1 day</source>
      <translation>en retard d’1 jour</translation>
    </message>
    <message>
      <source>overdue by {n} days</source>
      <translation>en retard de {n} jours</translation>
    </message>
    <message>
      <source>prepared {date}</source>
      <translation>préparé le {date}</translation>
    </message>
    <message>
      <source>private</source>
      <translation>privé</translation>
    </message>
    <message>
      <source>programme dashboard</source>
      <translation>tableau de bord du programme</translation>
    </message>
    <message>
      <source>progress {percent}</source>
      <translation>progression {percent}</translation>
    </message>
    <message>
      <source>rate skills</source>
      <translation>évaluer les compétences</translation>
    </message>
    <message>
      <source>reflection tags</source>
      <translation>étiquettes des réflexions</translation>
    </message>
    <message>
      <source>reflection templates</source>
      <translation>modèles de réflexion</translation>
    </message>
    <message>
      <source>reflections</source>
      <translation>réflexions</translation>
    </message>
    <message>
      <source>schema version</source>
      <translation>version du schéma</translation>
    </message>
    <message>
      <source>self rating</source>
      <translation>auto-évaluation</translation>
    </message>
    <message>
      <source>session attendees</source>
      <translation>présents aux séances</translation>
    </message>
    <message>
      <source>session tags</source>
      <translation>étiquettes des séances</translation>
    </message>
    <message>
      <source>session templates</source>
      <translation>modèles de séance</translation>
    </message>
    <message>
      <source>sessions</source>
      <translation>séances</translation>
    </message>
    <message>
      <source>sessions this month</source>
      <translation>séances ce mois-ci</translation>
    </message>
    <message>
      <source>set a goal</source>
      <translation>fixer un objectif</translation>
    </message>
    <message>
      <source>skill ratings</source>
      <translation>évaluations des compétences</translation>
    </message>
    <message>
      <source>skills</source>
      <translation>compétences</translation>
    </message>
    <message>
      <source>tags</source>
      <translation>étiquettes</translation>
    </message>
    <message>
      <source>target date today</source>
      <translation>date cible aujourd’hui</translation>
    </message>
    <message>
      <source>target {date}</source>
      <translation>date cible {date}</translation>
    </message>
    <message>
      <source>target {value} {unit}</source>
      <translation>cible {value} {unit}</translation>
    </message>
    <message>
      <source>the only keyring here stores passwords unprotected</source>
      <translation>le seul trousseau disponible ici stocke les mots de passe sans protection</translation>
    </message>
    <message>
      <source>the selected mentee</source>
      <translation>le mentoré sélectionné</translation>
    </message>
    <message>
      <source>the system keyring could not be loaded</source>
      <translation>le trousseau du système n’a pas pu être chargé</translation>
    </message>
    <message>
      <source>the system keyring is locked; unlock it and try again</source>
      <translation>le trousseau du système est verrouillé ; déverrouillez-le et réessayez</translation>
    </message>
    <message>
      <source>the system keyring is switched off</source>
      <translation>le trousseau du système est désactivé</translation>
    </message>
    <message>
      <source>there is no system keyring (password store) here</source>
      <translation>il n’y a pas de trousseau du système (gestionnaire de mots de passe) ici</translation>
    </message>
    <message>
      <source>there is no usable system keyring here</source>
      <translation>il n’y a pas de trousseau du système utilisable ici</translation>
    </message>
    <message>
      <source>to</source>
      <translation>au</translation>
    </message>
    <message>
      <source>while working</source>
      <translation>pendant le travail</translation>
    </message>
    <message>
      <source>write a reflection</source>
      <translation>écrire une réflexion</translation>
    </message>
    <message>
      <source>{0} added</source>
      <translation>{0} ajoutés</translation>
    </message>
    <message>
      <source>{0} added as copies</source>
      <translation>{0} ajoutés en copie</translation>
    </message>
    <message>
      <source>{0} kept as they were</source>
      <translation>{0} laissés tels quels</translation>
    </message>
    <message>
      <source>{0} to add, {1} to update, {2} in conflict.</source>
      <translation>{0} à ajouter, {1} à mettre à jour, {2} en conflit.</translation>
    </message>
    <message>
      <source>{0} updated</source>
      <translation>{0} mis à jour</translation>
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
      <translation>{count} des {records} renvoient à des {other} qui n’existent plus.</translation>
    </message>
    <message>
      <source>{date} (planned)</source>
      <translation>{date} (prévue)</translation>
    </message>
    <message>
      <source>{date} {time}</source>
      <translation>{date} à {time}</translation>
    </message>
    <message>
      <source>{date} · overdue</source>
      <translation>{date} · en retard</translation>
    </message>
    <message>
      <source>{date} · {author}</source>
      <translation>{date} · {author}</translation>
    </message>
    <message>
      <source>{date} · {author} (private)</source>
      <translation>{date} · {author} (privée)</translation>
    </message>
    <message>
      <source>{error}

The latest backup of this journal was made {when} ({why}). Restore it?

The damaged file is kept as it is, under a new name beside it.</source>
      <translation>{error}

La dernière sauvegarde de ce journal date du {when} ({why}). La restaurer ?

Le fichier endommagé est conservé tel quel, sous un nouveau nom, à côté.</translation>
    </message>
    <message>
      <source>{first} and {n} others</source>
      <translation>{first} et {n} autres</translation>
    </message>
    <message>
      <source>{group} skills</source>
      <translation>Compétences {group}</translation>
    </message>
    <message numerus="yes">
      <source>{hits} found for %n mentee(s).</source>
      <translation>
        <numerusform>{hits} trouvés pour %Ln mentoré.</numerusform>
        <numerusform>{hits} trouvés pour %Ln mentorés.</numerusform>
      </translation>
    </message>
    <message>
      <source>{h} h</source>
      <translation>{h} h</translation>
    </message>
    <message>
      <source>{h} h {m} min</source>
      <translation>{h} h {m} min</translation>
    </message>
    <message>
      <source>{journal} is already open in Mentor Journal{process}. Switch to that window: a journal cannot be open twice.</source>
      <translation>{journal} est déjà ouvert dans Mentor Journal{process}. Passez à cette fenêtre : un journal ne peut pas être ouvert deux fois.</translation>
    </message>
    <message>
      <source>{journal} is being changed by a mentorjournal command{process}. Open it again when the command has finished.</source>
      <translation>{journal} est en cours de modification par une commande mentorjournal{process}. Rouvrez-le quand la commande sera terminée.</translation>
    </message>
    <message>
      <source>{label}: {value}</source>
      <translation>{label} : {value}</translation>
    </message>
    <message>
      <source>{m} min</source>
      <translation>{m} min</translation>
    </message>
    <message>
      <source>{n} ({o} open)</source>
      <translation>{n} ({o} en cours)</translation>
    </message>
    <message>
      <source>{n} days</source>
      <translation>{n} jours</translation>
    </message>
    <message>
      <source>{n} days left</source>
      <translation>{n} jours restants</translation>
    </message>
    <message>
      <source>{n} days past the target</source>
      <translation>{n} jours après la cible</translation>
    </message>
    <message>
      <source>{n} days since the last session</source>
      <translation>{n} jours depuis la dernière séance</translation>
    </message>
    <message>
      <source>{n} filters active ·</source>
      <translation>{n} filtres actifs ·</translation>
    </message>
    <message>
      <source>{n} in all</source>
      <translation>{n} au total</translation>
    </message>
    <message>
      <source>{n} more changes and {s} unchanged on the Progress tab…</source>
      <translation>{n} autres évolutions et {s} sans changement dans l’onglet Progression…</translation>
    </message>
    <message>
      <source>{n} more on the Actions tab…</source>
      <translation>{n} de plus dans l’onglet Actions…</translation>
    </message>
    <message>
      <source>{n} more on the Goals tab…</source>
      <translation>{n} de plus dans l’onglet Objectifs…</translation>
    </message>
    <message>
      <source>{n} sessions</source>
      <translation>{n} séances</translation>
    </message>
    <message>
      <source>{n} sessions, {a} open action items</source>
      <translation>{n} séances, {a} actions en cours</translation>
    </message>
    <message>
      <source>{n} skills rated</source>
      <translation>{n} compétences évaluées</translation>
    </message>
    <message>
      <source>{n} skills rated again without change.</source>
      <translation>{n} compétences réévaluées sans changement.</translation>
    </message>
    <message>
      <source>{n} skills rated again, none changed.</source>
      <translation>{n} compétences réévaluées, aucune n’a changé.</translation>
    </message>
    <message>
      <source>{n} unsaved drafts from last time</source>
      <translation>{n} brouillons non enregistrés de la dernière fois</translation>
    </message>
    <message>
      <source>{open} ({overdue} overdue)</source>
      <translation>{open} (dont {overdue} en retard)</translation>
    </message>
    <message>
      <source>{owner}, done {date}</source>
      <translation>{owner}, fait le {date}</translation>
    </message>
    <message>
      <source>{owner}, due {date}</source>
      <translation>{owner}, échéance {date}</translation>
    </message>
    <message>
      <source>{owner}, overdue, was due {date}</source>
      <translation>{owner}, en retard, échéance {date}</translation>
    </message>
    <message>
      <source>{p} % done</source>
      <translation>{p} % fait</translation>
    </message>
    <message>
      <source>{shown} of {total} mentees shown</source>
      <translation>{shown} mentorés affichés sur {total}</translation>
    </message>
    <message>
      <source>{skill}: ratings over time</source>
      <translation>{skill} : évaluations dans le temps</translation>
    </message>
    <message>
      <source>{s} rated again without change — Progress tab…</source>
      <translation>{s} réévaluées sans changement — onglet Progression…</translation>
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
      <translation>{total} (dont {month} ce mois-ci)</translation>
    </message>
    <message>
      <source>{window}: {part}</source>
      <translation>{window} : {part}</translation>
    </message>
    <message>
      <source>{word} ({rating}/{top}, {date})</source>
      <translation>{word} ({rating}/{top}, {date})</translation>
    </message>
    <message>
      <source>“{name}” has no ratings yet. Remove it from the framework for good?</source>
      <translation>« {name} » n’a encore aucune évaluation. La retirer définitivement du référentiel ?</translation>
    </message>
    <message>
      <source>“{name}” has ratings, so it will be retired rather than deleted: its ratings stay in the mentees' history and charts, but it is no longer offered for new ratings. Retire it?</source>
      <translation>« {name} » a des évaluations : elle sera archivée plutôt que supprimée. Ses évaluations restent dans l’historique et les graphiques des mentorés, mais elle n’est plus proposée pour de nouvelles évaluations. L’archiver ?</translation>
    </message>
    <message>
      <source>“{skill}” has a note but no rating: rate it or clear the note.</source>
      <translation>« {skill} » a une note mais pas d’évaluation : évaluez-la ou effacez la note.</translation>
    </message>
    <message>
      <source>“{skill}” is no longer rated here; the draft had: {rating} {note}</source>
      <translation>« {skill} » n’est plus évaluée ici ; le brouillon contenait : {rating} {note}</translation>
    </message>
    <message numerus="yes">
      <source>• %n action item(s)</source>
      <translation>
        <numerusform>• %Ln action</numerusform>
        <numerusform>• %Ln actions</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>• %n reflection(s)</source>
      <translation>
        <numerusform>• %Ln réflexion</numerusform>
        <numerusform>• %Ln réflexions</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>• %n session(s) they attended alone</source>
      <translation>
        <numerusform>• %Ln séance suivie seul(e)</numerusform>
        <numerusform>• %Ln séances suivies seul(e)</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>• their place in %n group session(s) (kept for the others)</source>
      <translation>
        <numerusform>• sa place dans %Ln séance de groupe (conservée pour les autres)</numerusform>
        <numerusform>• sa place dans %Ln séances de groupe (conservées pour les autres)</numerusform>
      </translation>
    </message>
    <message>
      <source>• their profile, tags and private notes</source>
      <translation>• son profil, ses étiquettes et ses notes privées</translation>
    </message>
    <message>
      <source>• {goals} with {check_ins}</source>
      <translation>• {goals} avec {check_ins}</translation>
    </message>
    <message>
      <source>… (note continues, {size})</source>
      <translation>… (la note continue, {size})</translation>
    </message>
    <message>
      <source>… (the notes go on in the journal)</source>
      <translation>… (la suite des notes est dans le journal)</translation>
    </message>
    <message>
      <source>✓ Achieved (solid)</source>
      <translation>✓ Atteint (trait plein)</translation>
    </message>
    <message>
      <source>🔒 Private note (left out of summaries and exports)</source>
      <translation>🔒 Note privée (exclue des synthèses et des exports)</translation>
    </message>
    <message>
      <source>🔒 Private notes — only in this journal, left out of summaries and exports</source>
      <translation>🔒 Notes privées — uniquement dans ce journal, exclues des synthèses et des exports</translation>
    </message>
    <message>
      <source>🔒 private</source>
      <translation>🔒 privée</translation>
    </message>
  </context>
</TS>
