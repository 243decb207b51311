; Inno Setup script: the Windows installer of CWD Desktop.
;
; Build on Windows after `make package` (or the same PyInstaller command) has
; produced dist\cwd-desktop\ there:
;     iscc packaging\cwd-desktop.iss
; The installer is written to dist\installer\cwd-desktop-<version>-setup.exe.
; The version is read from the bundle's build_info.ini (written by
; packaging\cwd-desktop.spec from cwd_desktop.__version__), so it is never
; typed twice; `iscc /DAppVersion=1.2.3` overrides it.
;
; Per-user install by default (no administrator rights needed on an advisor's
; laptop); the user may choose an install for all users. The data folder
; (%LOCALAPPDATA%\cwd-desktop) is NOT removed on uninstall: it holds the
; advisor's work and backups.

#define AppName "CWD Desktop"
#define AppExe "cwd-desktop.exe"
#define Bundle "..\dist\cwd-desktop"
#ifndef AppVersion
  #define AppVersion ReadIni(SourcePath + "\" + Bundle + "\_internal\cwd_desktop\_resources\build_info.ini", "build", "version", "0.0.0")
#endif

[Setup]
AppId={{8BCEC694-31FE-474F-8751-88AB432779CC}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=Centrum Wsparcia Doradczego
VersionInfoVersion={#AppVersion}
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\dist\installer
OutputBaseFilename=cwd-desktop-{#AppVersion}-setup
SetupIconFile=icons\cwd-desktop.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName} {#AppVersion}
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
CloseApplications=yes

[Languages]
Name: "polish"; MessagesFile: "compiler:Languages\Polish.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[Files]
; The whole one-folder bundle: the program, the CLI program and _internal\.
Source: "{#Bundle}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\{#AppExe}"
Name: "{group}\{cm:UninstallProgram,{#AppName}}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; Only what the program itself may leave in its install folder (compiled caches).
Type: filesandordirs; Name: "{app}\_internal\__pycache__"
