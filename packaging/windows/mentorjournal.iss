; Inno Setup 6 script: the Windows installer of Mentor Journal, from the one-folder bundle that
; packaging/mentorjournal.spec builds in dist\mentorjournal\. How to build it, step by step:
; packaging\windows\README.md. From the repository root:
;     iscc /DAppVersion=0.1.0 packaging\windows\mentorjournal.iss
; The installer lands in dist\installer\MentorJournal-Setup-<version>.exe.
;
; Shared workshop laptops: a trainer without administrator rights can install for themselves
; (PrivilegesRequired=lowest, into %LOCALAPPDATA%\Programs); an administrator can choose "for all
; users" (Program Files). Journals are never inside the install folder: they live in each
; user's data folder, and uninstalling leaves them alone.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define AppName "Mentor Journal"
#define AppExe "mentorjournal.exe"
#define CliExe "mentorjournal-cli.exe"
#define Root "..\.."

[Setup]
; The AppId identifies the app across versions (upgrades replace, uninstall finds it): never change it.
AppId={{50F6BA82-A6A7-4C18-B542-3D99C407CB81}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=Mentor Journal team
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
SetupIconFile={#Root}\packaging\icons\mentorjournal.ico
UninstallDisplayIcon={app}\{#AppExe}
OutputDir={#Root}\dist\installer
OutputBaseFilename=MentorJournal-Setup-{#AppVersion}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
; A running copy holds its files open: ask to close it before replacing them.
CloseApplications=yes

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
Name: "french"; MessagesFile: "compiler:Languages\French.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
; The whole bundle: executables, _internal\ (Python, Qt with its plugins, matplotlib data,
; fonts, translations, migration scripts). ignoreversion: always replace on upgrade.
Source: "{#Root}\dist\mentorjournal\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[InstallDelete]
; An upgrade starts from a clean _internal\: files a newer version no longer ships must not linger.
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{userdocs}"
; The command line (demo, report, check, export...): a console opened on its help.
Name: "{group}\{#AppName} command line"; Filename: "{cmd}"; Parameters: "/k ""{app}\{#CliExe}"" --help"; WorkingDir: "{userdocs}"
Name: "{group}\{cm:UninstallProgram,{#AppName}}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{userdocs}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
