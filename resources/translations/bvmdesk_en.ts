<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="nl_NL">
    <context>
        <name>AdminPage</name>
        <message>
            <location filename="../../bvmdesk/ui/pages/admin.py" line="37" />
            <source>Locaties</source>
            <translation>Sites</translation>
        </message>
        <message>
            <location filename="../../bvmdesk/ui/pages/admin.py" line="38" />
            <source>het beheer van de locaties van de BVM</source>
            <translation>managing the sites of the BVM</translation>
        </message>
        <message>
            <location filename="../../bvmdesk/ui/pages/admin.py" line="39" />
            <source>Gebruikers</source>
            <translation>Users</translation>
        </message>
        <message>
            <location filename="../../bvmdesk/ui/pages/admin.py" line="40" />
            <source>Leerbedrijven</source>
            <translation>Training companies</translation>
        </message>
        <message>
            <location filename="../../bvmdesk/ui/pages/admin.py" line="41" />
            <source>het beheer van leerbedrijven met hun SBB leerbedrijf-ID</source>
            <translation>managing training companies with their SBB company ID</translation>
        </message>
        <message>
            <location filename="../../bvmdesk/ui/pages/admin.py" line="42" />
            <source>Praktijkopleiders</source>
            <translation>Workplace trainers</translation>
        </message>
        <message>
            <location filename="../../bvmdesk/ui/pages/admin.py" line="43" />
            <source>het beheer van praktijkopleiders per leerbedrijf</source>
            <translation>managing workplace trainers per training company</translation>
        </message>
        <message>
            <location filename="../../bvmdesk/ui/pages/admin.py" line="44" />
            <source>Modules</source>
            <translation>Modules</translation>
        </message>
        <message>
            <location filename="../../bvmdesk/ui/pages/admin.py" line="45" />
            <source>het beheer van modules met uren, werkprocessen en beoordelingsformulieren</source>
            <translation>managing modules with hours, work processes and assessment forms</translation>
        </message>
        <message>
            <location filename="../../bvmdesk/ui/pages/admin.py" line="47" />
            <source>Groepen</source>
            <translation>Groups</translation>
        </message>
        <message>
            <location filename="../../bvmdesk/ui/pages/admin.py" line="48" />
            <source>het beheer van groepen, hun lessen en inschrijvingen</source>
            <translation>managing groups, their lessons and enrolments</translation>
        </message>
        <message>
            <location filename="../../bvmdesk/ui/pages/admin.py" line="49" />
            <source>Vakanties</source>
            <translation>Holidays</translation>
        </message>
        <message>
            <location filename="../../bvmdesk/ui/pages/admin.py" line="50" />
            <source>het invoeren van de schoolvakanties per locatie, die niet meetellen voor verzuimsignalen</source>
            <translation>entering the school holidays per site, which do not count for absence signals</translation>
        </message>
        <message>
            <location filename="../../bvmdesk/ui/pages/admin.py" line="52" />
            <source>Importeren</source>
            <translation>Import</translation>
        </message>
        <message>
            <location filename="../../bvmdesk/ui/pages/admin.py" line="53" />
            <source>het importeren van een Excel-werkmap of CSV-map, helemaal of helemaal niet</source>
            <translation>importing an Excel workbook or CSV folder, all or nothing</translation>
        </message>
        <message>
            <location filename="../../bvmdesk/ui/pages/admin.py" line="55" />
            <source>Exporteren</source>
            <translation>Export</translation>
        </message>
        <message>
            <location filename="../../bvmdesk/ui/pages/admin.py" line="56" />
            <source>het exporteren van alle gegevens als Excel-werkmap of CSV-map</source>
            <translation>exporting all data as an Excel workbook or CSV folder</translation>
        </message>
        <message>
            <location filename="../../bvmdesk/ui/pages/admin.py" line="58" />
            <source>Back-ups</source>
            <translation>Backups</translation>
        </message>
        <message>
            <location filename="../../bvmdesk/ui/pages/admin.py" line="59" />
            <source>het maken, bekijken en terugzetten van back-ups</source>
            <translation>making, viewing and restoring backups</translation>
        </message>
        <message>
            <location filename="../../bvmdesk/ui/pages/admin.py" line="60" />
            <source>Synchronisatie</source>
            <translation>Synchronisation</translation>
        </message>
        <message>
            <location filename="../../bvmdesk/ui/pages/admin.py" line="61" />
            <source>het uitwisselen van gegevens met de andere locaties en de centrale database</source>
            <translation>exchanging data with the other sites and the central database</translation>
        </message>
        <message>
            <location filename="../../bvmdesk/ui/pages/admin.py" line="63" />
            <source>Audit</source>
            <translation>Audit</translation>
        </message>
        <message>
            <location filename="../../bvmdesk/ui/pages/admin.py" line="64" />
            <source>het auditlogboek: wie wat wanneer heeft gewijzigd, met controle van de keten</source>
            <translation>the audit log: who changed what and when, with a check of the chain</translation>
        </message>
        <message>
            <location filename="../../bvmdesk/ui/pages/admin.py" line="66" />
            <source>Instellingen</source>
            <translation>Settings</translation>
        </message>
        <message>
            <location filename="../../bvmdesk/ui/pages/admin.py" line="113" />
            <source>Beheer</source>
            <translation>Administration</translation>
        </message>
        <message>
            <location filename="../../bvmdesk/ui/pages/admin.py" line="114" />
            <source>Zoek een onderdeel</source>
            <translation>Find a section</translation>
        </message>
    </context>
    <context>
        <name>App</name>
        <message>
            <location filename="../../bvmdesk/app.py" line="103" />
            <source>De snelle controle van de database vond problemen:
{problems}

Maak geen wijzigingen meer, sluit BVM Desk en laat de beheerder 'bvmdesk check' uitvoeren of een back-up terugzetten.</source>
            <translation>The quick check of the database found problems:
{problems}

Make no more changes, close BVM Desk and ask the administrator to run 'bvmdesk check' or to restore a backup.</translation>
        </message>
    </context>
    <context>
        <name>CrashDialog</name>
        <message>
            <location filename="../../bvmdesk/ui/dialogs/crash.py" line="17" />
            <source>BVM Desk is op een onverwachte fout gestuit ({kind}). Wat al was opgeslagen, blijft bewaard. De details staan in het logbestand:
{path}

Geef dat bestand aan de beheerder. U kunt doorgaan, maar herstart BVM Desk als er iets vreemd blijft.</source>
            <translation>BVM Desk ran into an unexpected error ({kind}). What was already saved is kept. The details are in the log file:
{path}

Give that file to the administrator. You can continue, but restart BVM Desk if anything keeps behaving oddly.</translation>
        </message>
        <message>
            <location filename="../../bvmdesk/ui/dialogs/crash.py" line="41" />
            <source>Afsluiten</source>
            <translation>Quit</translation>
        </message>
        <message>
            <location filename="../../bvmdesk/ui/dialogs/crash.py" line="43" />
            <source>Doorgaan</source>
            <translation>Continue</translation>
        </message>
    </context>
    <context>
        <name>DemoAccountsDialog</name>
        <message>
            <location filename="../../bvmdesk/ui/dialogs/demo.py" line="43" />
            <source>BVM Desk: demo-accounts</source>
            <translation>BVM Desk: demo accounts</translation>
        </message>
        <message>
            <location filename="../../bvmdesk/ui/dialogs/demo.py" line="44" />
            <source>De demodatabase is klaar</source>
            <translation>The demo database is ready</translation>
        </message>
        <message>
            <location filename="../../bvmdesk/ui/dialogs/demo.py" line="47" />
            <source>Log in met een van deze accounts. Ze horen alleen bij de demodatabase; selecteer een regel en kopieer hem met Ctrl+C als u wilt.</source>
            <translation>Log in with one of these accounts. They belong to the demo database only; select a line and copy it with Ctrl+C if you like.</translation>
        </message>
        <message>
            <location filename="../../bvmdesk/ui/dialogs/demo.py" line="52" />
            <source>Gebruikersnaam</source>
            <translation>Username</translation>
        </message>
        <message>
            <location filename="../../bvmdesk/ui/dialogs/demo.py" line="52" />
            <source>Wachtwoord</source>
            <translation>Password</translation>
        </message>
        <message>
            <location filename="../../bvmdesk/ui/dialogs/demo.py" line="52" />
            <source>Rol</source>
            <translation>Role</translation>
        </message>
        <message>
            <location filename="../../bvmdesk/ui/dialogs/demo.py" line="58" />
            <source>beheerder</source>
            <translation>administrator</translation>
        </message>
        <message>
            <location filename="../../bvmdesk/ui/dialogs/demo.py" line="58" />
            <source>instructeur</source>
            <translation>instructor</translation>
        </message>
        <message>
            <location filename="../../bvmdesk/ui/dialogs/demo.py" line="63" />
            <source>Naar inloggen</source>
            <translation>Go to login</translation>
        </message>
    </context>
    <context>
        <name>DemoDatabase</name>
        <message>
            <location filename="../../bvmdesk/ui/dialogs/demo.py" line="121" />
            <source>De demodatabase wordt gemaakt…</source>
            <translation>Making the demo database…</translation>
        </message>
        <message>
            <location filename="../../bvmdesk/ui/dialogs/demo.py" line="145" />
            <source>De demodatabase bestaat al. Openen zoals hij is, of opnieuw maken? Opnieuw maken vervangt alle demogegevens en geeft nieuwe demo-accounts.</source>
            <translation>The demo database already exists. Open it as it is, or make it again? Making it again replaces all demo data and gives new demo accounts.</translation>
        </message>
        <message>
            <location filename="../../bvmdesk/ui/dialogs/demo.py" line="149" />
            <source>Openen</source>
            <translation>Open</translation>
        </message>
        <message>
            <location filename="../../bvmdesk/ui/dialogs/demo.py" line="151" />
            <source>Opnieuw maken</source>
            <translation>Make again</translation>
        </message>
        <message>
            <location filename="../../bvmdesk/ui/dialogs/demo.py" line="153" />
            <source>Annuleren</source>
            <translation>Cancel</translation>
        </message>
    </context>
    <context>
        <name>EnrolmentsPanel</name>
        <message>
            <location filename="../../bvmdesk/ui/pages/enrolments.py" line="30" />
            <location filename="../../bvmdesk/ui/pages/enrolments.py" line="63" />
            <source>Inschrijvingen</source>
            <translation>Enrolments</translation>
        </message>
        <message>
            <location filename="../../bvmdesk/ui/pages/enrolments.py" line="32" />
            <location filename="../../bvmdesk/ui/pages/enrolments.py" line="73" />
            <source>Geen inschrijvingen.</source>
            <translation>No enrolments.</translation>
        </message>
        <message>
            <location filename="../../bvmdesk/ui/pages/enrolments.py" line="36" />
            <source>Groep</source>
            <translation>Group</translation>
        </message>
        <message>
            <location filename="../../bvmdesk/ui/pages/enrolments.py" line="36" />
            <source>Module</source>
            <translation>Module</translation>
        </message>
        <message>
            <location filename="../../bvmdesk/ui/pages/enrolments.py" line="36" />
            <source>Locatie</source>
            <translation>Site</translation>
        </message>
        <message>
            <location filename="../../bvmdesk/ui/pages/enrolments.py" line="36" />
            <source>Van</source>
            <translation>From</translation>
        </message>
        <message>
            <location filename="../../bvmdesk/ui/pages/enrolments.py" line="37" />
            <source>Tot</source>
            <translation>Until</translation>
        </message>
        <message>
            <location filename="../../bvmdesk/ui/pages/enrolments.py" line="37" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../bvmdesk/ui/pages/enrolments.py" line="37" />
            <source>Leerbedrijf</source>
            <translation>Training company</translation>
        </message>
        <message>
            <location filename="../../bvmdesk/ui/pages/enrolments.py" line="38" />
            <source>Praktijkopleider</source>
            <translation>Workplace trainer</translation>
        </message>
        <message>
            <location filename="../../bvmdesk/ui/pages/enrolments.py" line="62" />
            <source>Inschrijvingen van {name}</source>
            <translation>Enrolments of {name}</translation>
        </message>
        <message>
            <location filename="../../bvmdesk/ui/pages/enrolments.py" line="74" />
            <source>Kies een deelnemer om de inschrijvingen te zien.</source>
            <translation>Choose a participant to see the enrolments.</translation>
        </message>
    </context>
    <context>
        <name>FirstStartDialog</name>
        <message>
            <location filename="../../bvmdesk/ui/dialogs/first_start.py" line="41" />
            <source>BVM Desk: eerste start</source>
            <translation>BVM Desk: first start</translation>
        </message>
        <message>
            <location filename="../../bvmdesk/ui/dialogs/first_start.py" line="43" />
            <source>Welkom bij BVM Desk</source>
            <translation>Welcome to BVM Desk</translation>
        </message>
        <message>
            <location filename="../../bvmdesk/ui/dialogs/first_start.py" line="46" />
            <source>De database {database} is nog niet ingericht. Richt hem in voor uw locatie, of bekijk eerst de demodatabase met verzonnen gegevens.</source>
            <translation>The database {database} has not been set up yet. Set it up for your site, or first look at the demo database with made-up data.</translation>
        </message>
        <message>
            <location filename="../../bvmdesk/ui/dialogs/first_start.py" line="52" />
            <source>bijvoorbeeld ZWL</source>
            <translation>for example ZWL</translation>
        </message>
        <message>
            <location filename="../../bvmdesk/ui/dialogs/first_start.py" line="55" />
            <source>bijvoorbeeld Zwolle</source>
            <translation>for example Zwolle</translation>
        </message>
        <message>
            <location filename="../../bvmdesk/ui/dialogs/first_start.py" line="57" />
            <source>bijvoorbeeld pbakker</source>
            <translation>for example pbakker</translation>
        </message>
        <message>
            <location filename="../../bvmdesk/ui/dialogs/first_start.py" line="59" />
            <source>bijvoorbeeld Petra Bakker</source>
            <translation>for example Petra Bakker</translation>
        </message>
        <message>
            <location filename="../../bvmdesk/ui/dialogs/first_start.py" line="62" />
            <source>minstens 10 tekens</source>
            <translation>at least 10 characters</translation>
        </message>
        <message>
            <location filename="../../bvmdesk/ui/dialogs/first_start.py" line="76" />
            <source>Locatiecode</source>
            <translation>Site code</translation>
        </message>
        <message>
            <location filename="../../bvmdesk/ui/dialogs/first_start.py" line="77" />
            <source>Naam van de locatie</source>
            <translation>Site name</translation>
        </message>
        <message>
            <location filename="../../bvmdesk/ui/dialogs/first_start.py" line="78" />
            <source>Gebruikersnaam beheerder</source>
            <translation>Administrator username</translation>
        </message>
        <message>
            <location filename="../../bvmdesk/ui/dialogs/first_start.py" line="79" />
            <source>Volledige naam</source>
            <translation>Full name</translation>
        </message>
        <message>
            <location filename="../../bvmdesk/ui/dialogs/first_start.py" line="80" />
            <source>Wachtwoord</source>
            <translation>Password</translation>
        </message>
        <message>
            <location filename="../../bvmdesk/ui/dialogs/first_start.py" line="81" />
            <source>Wachtwoord herhalen</source>
            <translation>Repeat password</translation>
        </message>
        <message>
            <location filename="../../bvmdesk/ui/dialogs/first_start.py" line="89" />
            <source>Locatie inrichten</source>
            <translation>Set up site</translation>
        </message>
        <message>
            <location filename="../../bvmdesk/ui/dialogs/first_start.py" line="94" />
            <source>Deze locatie inrichten</source>
            <translation>Set up this site</translation>
        </message>
        <message>
            <location filename="../../bvmdesk/ui/dialogs/first_start.py" line="99" />
            <source>Voor het echte werk: de code en naam van deze locatie en de eerste beheerder.</source>
            <translation>For real work: the code and name of this site and the first administrator.</translation>
        </message>
        <message>
            <location filename="../../bvmdesk/ui/dialogs/first_start.py" line="106" />
            <location filename="../../bvmdesk/ui/dialogs/first_start.py" line="115" />
            <source>Demodatabase openen</source>
            <translation>Open demo database</translation>
        </message>
        <message>
            <location filename="../../bvmdesk/ui/dialogs/first_start.py" line="111" />
            <source>Om BVM Desk te leren kennen: een aparte database met 120 verzonnen deelnemers, groepen en lessen. Uw eigen database blijft leeg. U krijgt de demo-accounts te zien om mee in te loggen.</source>
            <translation>To get to know BVM Desk: a separate database with 120 made-up participants, groups and lessons. Your own database stays empty. You will see the demo accounts to log in with.</translation>
        </message>
        <message>
            <location filename="../../bvmdesk/ui/dialogs/first_start.py" line="121" />
            <source>Afsluiten</source>
            <translation>Quit</translation>
        </message>
        <message>
            <location filename="../../bvmdesk/ui/dialogs/first_start.py" line="159" />
            <source>De twee wachtwoorden zijn niet gelijk.</source>
            <translation>The two passwords are not the same.</translation>
        </message>
    </context>
    <context>
        <name>LoginDialog</name>
        <message>
            <location filename="../../bvmdesk/ui/dialogs/login.py" line="32" />
            <source>BVM Desk: inloggen</source>
            <translation>BVM Desk: log in</translation>
        </message>
        <message>
            <location filename="../../bvmdesk/ui/dialogs/login.py" line="35" />
            <location filename="../../bvmdesk/ui/dialogs/login.py" line="57" />
            <source>Inloggen</source>
            <translation>Log in</translation>
        </message>
        <message>
            <location filename="../../bvmdesk/ui/dialogs/login.py" line="37" />
            <source>{site} · database {database}</source>
            <translation>{site} · database {database}</translation>
        </message>
        <message>
            <location filename="../../bvmdesk/ui/dialogs/login.py" line="43" />
            <source>bijvoorbeeld pbakker</source>
            <translation>for example pbakker</translation>
        </message>
        <message>
            <location filename="../../bvmdesk/ui/dialogs/login.py" line="48" />
            <source>Gebruikersnaam</source>
            <translation>Username</translation>
        </message>
        <message>
            <location filename="../../bvmdesk/ui/dialogs/login.py" line="49" />
            <source>Wachtwoord</source>
            <translation>Password</translation>
        </message>
        <message>
            <location filename="../../bvmdesk/ui/dialogs/login.py" line="61" />
            <source>Afsluiten</source>
            <translation>Quit</translation>
        </message>
        <message>
            <location filename="../../bvmdesk/ui/dialogs/login.py" line="84" />
            <source>Vul uw gebruikersnaam en wachtwoord in.</source>
            <translation>Enter your username and password.</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../bvmdesk/ui/main_window.py" line="85" />
            <source>Geen locatie ingericht</source>
            <translation>No site set up</translation>
        </message>
        <message>
            <location filename="../../bvmdesk/ui/main_window.py" line="87" />
            <source>Locatie {name} ({code})</source>
            <translation>Site {name} ({code})</translation>
        </message>
        <message>
            <location filename="../../bvmdesk/ui/main_window.py" line="89" />
            <source>alleen lezen</source>
            <translation>read-only</translation>
        </message>
        <message>
            <location filename="../../bvmdesk/ui/main_window.py" line="90" />
            <source>Ingelogd: {name} ({role})</source>
            <translation>Logged in: {name} ({role})</translation>
        </message>
        <message>
            <location filename="../../bvmdesk/ui/main_window.py" line="91" />
            <source>Database: {label}</source>
            <translation>Database: {label}</translation>
        </message>
    </context>
    <context>
        <name>Messages</name>
        <message>
            <location filename="../../bvmdesk/ui/dialogs/messages.py" line="25" />
            <source>Er ging iets mis dat we niet hadden verwacht ({kind}). Uw opgeslagen gegevens zijn veilig. Geef het logbestand aan de beheerder: {path}</source>
            <translation>Something went wrong that we did not expect ({kind}). Your saved data is safe. Give the log file to the administrator: {path}</translation>
        </message>
        <message>
            <location filename="../../bvmdesk/ui/dialogs/messages.py" line="34" />
            <source>BVM Desk</source>
            <translation>BVM Desk</translation>
        </message>
    </context>
    <context>
        <name>Navigation</name>
        <message>
            <location filename="../../bvmdesk/ui/navigation.py" line="27" />
            <source>Vandaag</source>
            <translation>Today</translation>
        </message>
        <message>
            <location filename="../../bvmdesk/ui/navigation.py" line="27" />
            <source>het overzicht van vandaag: uw lessen, wie er ziek gemeld is en wat nog afgetekend of beoordeeld moet worden</source>
            <translation>today's overview: your lessons, who has called in sick and what still needs a sign-off or an assessment</translation>
        </message>
        <message>
            <location filename="../../bvmdesk/ui/navigation.py" line="30" />
            <source>Presentie</source>
            <translation>Attendance</translation>
        </message>
        <message>
            <location filename="../../bvmdesk/ui/navigation.py" line="31" />
            <source>het presentieregister per les: één toets per status (A, L, V, Z, G, O), badge scannen en 'Iedereen aanwezig'</source>
            <translation>the attendance register per lesson: one key per status (A, L, V, Z, G, O), badge scanning and 'Everyone present'</translation>
        </message>
        <message>
            <location filename="../../bvmdesk/ui/navigation.py" line="33" />
            <source>Deelnemers</source>
            <translation>Participants</translation>
        </message>
        <message>
            <location filename="../../bvmdesk/ui/navigation.py" line="34" />
            <source>alle deelnemers zoeken en hun gegevens en inschrijvingen bekijken</source>
            <translation>finding every participant and viewing their details and enrolments</translation>
        </message>
        <message>
            <location filename="../../bvmdesk/ui/navigation.py" line="36" />
            <source>Beoordelingen</source>
            <translation>Assessments</translation>
        </message>
        <message>
            <location filename="../../bvmdesk/ui/navigation.py" line="37" />
            <source>praktijkbeoordelingen per werkproces vastleggen op het beoordelingsformulier, met de praktijkopleider als tweede beoordelaar</source>
            <translation>recording practical assessments per work process on the assessment form, with the workplace trainer as second assessor</translation>
        </message>
        <message>
            <location filename="../../bvmdesk/ui/navigation.py" line="40" />
            <source>Aftekenen</source>
            <translation>Sign-offs</translation>
        </message>
        <message>
            <location filename="../../bvmdesk/ui/navigation.py" line="41" />
            <source>aftekeningen van werkprocessen en bpv-uren door de praktijkopleider, op het scherm of van een getekende kaart</source>
            <translation>sign-offs of work processes and placement hours by the workplace trainer, on screen or from a signed card</translation>
        </message>
        <message>
            <location filename="../../bvmdesk/ui/navigation.py" line="43" />
            <source>Certificaten</source>
            <translation>Certificates</translation>
        </message>
        <message>
            <location filename="../../bvmdesk/ui/navigation.py" line="44" />
            <source>certificaten en bewijzen van deelname maken, controleren en zo nodig intrekken</source>
            <translation>making, verifying and, where needed, revoking certificates and proofs of participation</translation>
        </message>
        <message>
            <location filename="../../bvmdesk/ui/navigation.py" line="46" />
            <source>Rapportages</source>
            <translation>Reports</translation>
        </message>
        <message>
            <location filename="../../bvmdesk/ui/navigation.py" line="47" />
            <source>overzichten van presentie, verzuimsignalen en uren per deelnemer en per financier, als Excel of PDF</source>
            <translation>overviews of attendance, absence signals and hours per participant and per funder, as Excel or PDF</translation>
        </message>
        <message>
            <location filename="../../bvmdesk/ui/navigation.py" line="49" />
            <source>Beheer</source>
            <translation>Administration</translation>
        </message>
        <message>
            <location filename="../../bvmdesk/ui/navigation.py" line="49" />
            <source>locaties, gebruikers, leerbedrijven, modules, groepen, import en export, back-ups, synchronisatie en instellingen</source>
            <translation>sites, users, training companies, modules, groups, import and export, backups, synchronisation and settings</translation>
        </message>
    </context>
    <context>
        <name>NotBuiltNotice</name>
        <message>
            <location filename="../../bvmdesk/ui/pages/placeholder.py" line="22" />
            <source>Deze pagina is nog niet gebouwd. Hier komt straks {purpose}.</source>
            <translation>This page has not been built yet. It will soon hold {purpose}.</translation>
        </message>
    </context>
    <context>
        <name>ParticipantDetailPanel</name>
        <message>
            <location filename="../../bvmdesk/ui/pages/participant_detail.py" line="57" />
            <source>Kies een deelnemer in de lijst om de gegevens te zien.</source>
            <translation>Choose a participant in the list to see their details.</translation>
        </message>
        <message>
            <location filename="../../bvmdesk/ui/pages/participant_detail.py" line="72" />
            <source>Alleen beheerders kunnen persoonsgegevens wijzigen.</source>
            <translation>Only administrators can change personal details.</translation>
        </message>
        <message>
            <location filename="../../bvmdesk/ui/pages/participant_detail.py" line="84" />
            <source>(geen datum)</source>
            <translation>(no date)</translation>
        </message>
        <message>
            <location filename="../../bvmdesk/ui/pages/participant_detail.py" line="105" />
            <source>Nummer</source>
            <translation>Number</translation>
        </message>
        <message>
            <location filename="../../bvmdesk/ui/pages/participant_detail.py" line="106" />
            <source>Voornamen</source>
            <translation>First names</translation>
        </message>
        <message>
            <location filename="../../bvmdesk/ui/pages/participant_detail.py" line="107" />
            <source>Tussenvoegsel</source>
            <translation>Name prefix</translation>
        </message>
        <message>
            <location filename="../../bvmdesk/ui/pages/participant_detail.py" line="108" />
            <source>Achternaam</source>
            <translation>Surname</translation>
        </message>
        <message>
            <location filename="../../bvmdesk/ui/pages/participant_detail.py" line="109" />
            <source>Geboortedatum</source>
            <translation>Date of birth</translation>
        </message>
        <message>
            <location filename="../../bvmdesk/ui/pages/participant_detail.py" line="110" />
            <source>Doelgroep</source>
            <translation>Target group</translation>
        </message>
        <message>
            <location filename="../../bvmdesk/ui/pages/participant_detail.py" line="111" />
            <source>School</source>
            <translation>School</translation>
        </message>
        <message>
            <location filename="../../bvmdesk/ui/pages/participant_detail.py" line="112" />
            <source>Studentnummer</source>
            <translation>Student number</translation>
        </message>
        <message>
            <location filename="../../bvmdesk/ui/pages/participant_detail.py" line="113" />
            <source>Financier</source>
            <translation>Funder</translation>
        </message>
        <message>
            <location filename="../../bvmdesk/ui/pages/participant_detail.py" line="114" />
            <source>Leerbedrijf</source>
            <translation>Training company</translation>
        </message>
        <message>
            <location filename="../../bvmdesk/ui/pages/participant_detail.py" line="115" />
            <source>Badge</source>
            <translation>Badge</translation>
        </message>
        <message>
            <location filename="../../bvmdesk/ui/pages/participant_detail.py" line="116" />
            <source>E-mail</source>
            <translation>Email</translation>
        </message>
        <message>
            <location filename="../../bvmdesk/ui/pages/participant_detail.py" line="117" />
            <source>Telefoon</source>
            <translation>Phone</translation>
        </message>
        <message>
            <location filename="../../bvmdesk/ui/pages/participant_detail.py" line="134" />
            <source>Notitie</source>
            <translation>Note</translation>
        </message>
        <message>
            <location filename="../../bvmdesk/ui/pages/participant_detail.py" line="143" />
            <source>Annuleren</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <location filename="../../bvmdesk/ui/pages/participant_detail.py" line="144" />
            <source>Opslaan</source>
            <translation>Save</translation>
        </message>
        <message>
            <location filename="../../bvmdesk/ui/pages/participant_detail.py" line="147" />
            <source>Opslaan (Ctrl+S)</source>
            <translation>Save (Ctrl+S)</translation>
        </message>
        <message>
            <location filename="../../bvmdesk/ui/pages/participant_detail.py" line="191" />
            <source>(geen)</source>
            <translation>(none)</translation>
        </message>
        <message>
            <location filename="../../bvmdesk/ui/pages/participant_detail.py" line="212" />
            <source>Nieuwe deelnemer</source>
            <translation>New participant</translation>
        </message>
        <message>
            <location filename="../../bvmdesk/ui/pages/participant_detail.py" line="215" />
            <source>leeg laten: nummer wordt uitgedeeld</source>
            <translation>leave empty: a number is assigned</translation>
        </message>
        <message>
            <location filename="../../bvmdesk/ui/pages/participant_detail.py" line="302" />
            <source>Niet opgeslagen: verbeter wat in rood staat. Er is niets gewijzigd.</source>
            <translation>Not saved: correct what is shown in red. Nothing was changed.</translation>
        </message>
        <message>
            <location filename="../../bvmdesk/ui/pages/participant_detail.py" line="308" />
            <source>Opgeslagen.</source>
            <translation>Saved.</translation>
        </message>
    </context>
    <context>
        <name>ParticipantTableModel</name>
        <message>
            <location filename="../../bvmdesk/ui/pages/participant_model.py" line="43" />
            <source>Nummer</source>
            <translation>Number</translation>
        </message>
        <message>
            <location filename="../../bvmdesk/ui/pages/participant_model.py" line="43" />
            <source>Naam</source>
            <translation>Name</translation>
        </message>
        <message>
            <location filename="../../bvmdesk/ui/pages/participant_model.py" line="43" />
            <source>Doelgroep</source>
            <translation>Target group</translation>
        </message>
        <message>
            <location filename="../../bvmdesk/ui/pages/participant_model.py" line="44" />
            <source>Groepen</source>
            <translation>Groups</translation>
        </message>
        <message>
            <location filename="../../bvmdesk/ui/pages/participant_model.py" line="44" />
            <source>Leerbedrijf</source>
            <translation>Training company</translation>
        </message>
    </context>
    <context>
        <name>ParticipantsPage</name>
        <message>
            <location filename="../../bvmdesk/ui/pages/participants.py" line="52" />
            <source>Deelnemers</source>
            <translation>Participants</translation>
        </message>
        <message>
            <location filename="../../bvmdesk/ui/pages/participants.py" line="53" />
            <source>Nieuwe deelnemer</source>
            <translation>New participant</translation>
        </message>
        <message>
            <location filename="../../bvmdesk/ui/pages/participants.py" line="55" />
            <source>Naam, nummer of scan badge</source>
            <translation>Name, number or scan badge</translation>
        </message>
        <message>
            <location filename="../../bvmdesk/ui/pages/participants.py" line="140" />
            <source>1 deelnemer</source>
            <translation>1 participant</translation>
        </message>
        <message>
            <location filename="../../bvmdesk/ui/pages/participants.py" line="141" />
            <source>{count} deelnemers</source>
            <translation>{count} participants</translation>
        </message>
    </context>
    <context>
        <name>PlaceholderPage</name>
        <message>
            <location filename="../../bvmdesk/ui/pages/placeholder.py" line="45" />
            <source>Zoeken</source>
            <translation>Search</translation>
        </message>
    </context>
    <context>
        <name>Roles</name>
        <message>
            <location filename="../../bvmdesk/ui/formatting.py" line="37" />
            <source>beheerder</source>
            <translation>administrator</translation>
        </message>
        <message>
            <location filename="../../bvmdesk/ui/formatting.py" line="38" />
            <source>instructeur</source>
            <translation>instructor</translation>
        </message>
    </context>
    <context>
        <name>SettingsPanel</name>
        <message>
            <location filename="../../bvmdesk/ui/pages/settings.py" line="27" />
            <source>Instellingen</source>
            <translation>Settings</translation>
        </message>
        <message>
            <location filename="../../bvmdesk/ui/pages/settings.py" line="36" />
            <source>De taal van de schermen. Een nieuwe keuze gaat in zodra u BVM Desk opnieuw start.</source>
            <translation>The language of the screens. A new choice takes effect when you restart BVM Desk.</translation>
        </message>
        <message>
            <location filename="../../bvmdesk/ui/pages/settings.py" line="43" />
            <source>Taal</source>
            <translation>Language</translation>
        </message>
        <message>
            <location filename="../../bvmdesk/ui/pages/settings.py" line="44" />
            <source>Opslaan</source>
            <translation>Save</translation>
        </message>
        <message>
            <location filename="../../bvmdesk/ui/pages/settings.py" line="70" />
            <source>De instellingen konden niet worden opgeslagen: {reason}</source>
            <translation>The settings could not be saved: {reason}</translation>
        </message>
        <message>
            <location filename="../../bvmdesk/ui/pages/settings.py" line="74" />
            <source>Opgeslagen. De nieuwe taal gaat in zodra u BVM Desk opnieuw start.</source>
            <translation>Saved. The new language takes effect when you restart BVM Desk.</translation>
        </message>
    </context>
    <context>
        <name>UsersPanel</name>
        <message>
            <location filename="../../bvmdesk/ui/pages/admin.py" line="76" />
            <source>Gebruikers</source>
            <translation>Users</translation>
        </message>
        <message>
            <location filename="../../bvmdesk/ui/pages/admin.py" line="78" />
            <source>Alleen bekijken: gebruikers toevoegen en wijzigen kan nu nog met de opdrachtregel (bvmdesk user add).</source>
            <translation>View only: for now, add and change users with the command line (bvmdesk user add).</translation>
        </message>
        <message>
            <location filename="../../bvmdesk/ui/pages/admin.py" line="84" />
            <source>Gebruikersnaam</source>
            <translation>Username</translation>
        </message>
        <message>
            <location filename="../../bvmdesk/ui/pages/admin.py" line="84" />
            <source>Naam</source>
            <translation>Name</translation>
        </message>
        <message>
            <location filename="../../bvmdesk/ui/pages/admin.py" line="84" />
            <source>Rol</source>
            <translation>Role</translation>
        </message>
        <message>
            <location filename="../../bvmdesk/ui/pages/admin.py" line="84" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../bvmdesk/ui/pages/admin.py" line="96" />
            <source>actief</source>
            <translation>active</translation>
        </message>
        <message>
            <location filename="../../bvmdesk/ui/pages/admin.py" line="96" />
            <source>uitgeschakeld</source>
            <translation>disabled</translation>
        </message>
    </context>
    <context>
        <name>Workers</name>
        <message>
            <location filename="../../bvmdesk/ui/workers.py" line="155" />
            <source>Annuleren</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <location filename="../../bvmdesk/ui/workers.py" line="161" />
            <source>Bezig met annuleren…</source>
            <translation>Cancelling…</translation>
        </message>
    </context>
</TS>
