; SPDX-License-Identifier: EUPL-1.2
; Inno Setup script: installs the Kraftdesk bundle for every user of the computer.
;
; Build the bundle first (on Windows, in the repository):
;   uv run python packaging\build_bundle.py --dist dist
; then compile this script with Inno Setup 6 (ISCC.exe on PATH):
;   iscc /DAppVersion=0.1.0 /DDist=..\..\dist\kraftdesk packaging\windows\kraftdesk.iss
; which writes dist\kraftdesk-0.1.0-setup.exe. NOT TESTED in this project's CI (Linux only).
;
; What it does: installs into Program Files (per machine: administrator rights), adds a
; Start menu entry that starts the windowless kraftdesk-gui.exe, and associates the file
; ending .kraftdesk (kraftdesk register files) with it, so a double-click opens the register.
; kraftdesk.exe (the command line) is installed beside it. Users' registers and settings are
; in their own data folders (%LOCALAPPDATA%\kraftdesk) and are left alone on uninstall.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#ifndef Dist
  #define Dist "..\..\dist\kraftdesk"
#endif

[Setup]
AppId={{6C1E0E64-3A5B-4C8B-9E55-3F0B6A2D7C11}
AppName=Kraftdesk
AppVersion={#AppVersion}
AppPublisher=Kraftdesk
AppComments=Protokoll, paragrafer, reservationer och särskilda yttranden för nämndsekreterare
DefaultDirName={autopf}\Kraftdesk
DefaultGroupName=Kraftdesk
DisableProgramGroupPage=yes
PrivilegesRequired=admin
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
ChangesAssociations=yes
SetupIconFile={#Dist}\kraftdesk.ico
UninstallDisplayIcon={app}\kraftdesk-gui.exe
UninstallDisplayName=Kraftdesk
OutputDir={#Dist}\..
OutputBaseFilename=kraftdesk-{#AppVersion}-setup
Compression=lzma2
SolidCompression=yes
WizardStyle=modern

[Languages]
; Swedish is not among Inno Setup's official translations: put the community translation
; Swedish.isl in Inno Setup's Languages folder and the installer speaks Swedish.
#if FileExists(AddBackslash(CompilerPath) + "Languages\Swedish.isl")
Name: "sv"; MessagesFile: "compiler:Languages\Swedish.isl"
#endif
Name: "en"; MessagesFile: "compiler:Default.isl"

[Files]
Source: "{#Dist}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\Kraftdesk"; Filename: "{app}\kraftdesk-gui.exe"; \
  Comment: "Protokoll och register för nämndsekreterare"

[Registry]
; The file type: .kraftdesk -> Kraftdesk.Register, opened by kraftdesk-gui.exe "FILE".
Root: HKA; Subkey: "Software\Classes\.kraftdesk"; ValueType: string; ValueName: ""; \
  ValueData: "Kraftdesk.Register"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\.kraftdesk\OpenWithProgids"; ValueType: string; \
  ValueName: "Kraftdesk.Register"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\Kraftdesk.Register"; ValueType: string; ValueName: ""; \
  ValueData: "Kraftdesk-register"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\Kraftdesk.Register\DefaultIcon"; ValueType: string; \
  ValueName: ""; ValueData: "{app}\kraftdesk-gui.exe,0"
Root: HKA; Subkey: "Software\Classes\Kraftdesk.Register\shell\open\command"; \
  ValueType: string; ValueName: ""; ValueData: """{app}\kraftdesk-gui.exe"" ""%1"""
Root: HKA; Subkey: "Software\Classes\Applications\kraftdesk-gui.exe\SupportedTypes"; \
  ValueType: string; ValueName: ".kraftdesk"; ValueData: ""

[Run]
Filename: "{app}\kraftdesk-gui.exe"; Description: "Starta Kraftdesk"; \
  Flags: nowait postinstall skipifsilent runasoriginaluser
