<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE">
<context>
    <name>AuditModel</name>
    <message>
        <location filename="../../gui/audit_page.py" line="72"/>
        <source>#</source>
        <translation>Nr</translation>
    </message>
    <message>
        <location filename="../../gui/audit_page.py" line="73"/>
        <source>When (UTC)</source>
        <translation>Tidpunkt (UTC)</translation>
    </message>
    <message>
        <location filename="../../gui/audit_page.py" line="74"/>
        <source>Action</source>
        <translation>Händelse</translation>
    </message>
    <message>
        <location filename="../../gui/audit_page.py" line="75"/>
        <source>On</source>
        <translation>Avser</translation>
    </message>
    <message>
        <location filename="../../gui/audit_page.py" line="76"/>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <location filename="../../gui/audit_page.py" line="77"/>
        <source>Details</source>
        <translation>Detaljer</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <location filename="../../gui/audit_page.py" line="107"/>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <location filename="../../gui/audit_page.py" line="110"/>
        <source>word in the details</source>
        <translation>ord i detaljerna</translation>
    </message>
    <message>
        <location filename="../../gui/audit_page.py" line="111"/>
        <source>from</source>
        <translation>från</translation>
    </message>
    <message>
        <location filename="../../gui/audit_page.py" line="113"/>
        <source>to</source>
        <translation>till</translation>
    </message>
    <message>
        <location filename="../../gui/audit_page.py" line="115"/>
        <source>Show</source>
        <translation>Visa</translation>
    </message>
    <message>
        <location filename="../../gui/audit_page.py" line="140"/>
        <source>Check the chain</source>
        <translation>Kontrollera kedjan</translation>
    </message>
    <message>
        <location filename="../../gui/audit_page.py" line="142"/>
        <source>Recompute every entry&apos;s hash: a changed or removed entry shows here</source>
        <translation>Beräkna om varje posts hashvärde: en ändrad eller borttagen post visas här</translation>
    </message>
    <message>
        <location filename="../../gui/audit_page.py" line="147"/>
        <source>Action:</source>
        <translation>Händelse:</translation>
    </message>
    <message>
        <location filename="../../gui/audit_page.py" line="163"/>
        <source>Every change is recorded here, append-only: entries cannot be edited or deleted, and each carries the fingerprint of the one before.</source>
        <translation>Varje ändring registreras här och loggen kan bara fyllas på: poster kan inte ändras eller raderas, och varje post bär den föregående postens fingeravtryck.</translation>
    </message>
    <message>
        <location filename="../../gui/audit_page.py" line="188"/>
        <source>all</source>
        <translation>alla</translation>
    </message>
    <message>
        <location filename="../../gui/audit_page.py" line="192"/>
        <source>{family}* (all)</source>
        <translation>{family}* (alla)</translation>
    </message>
    <message>
        <location filename="../../gui/audit_page.py" line="212"/>
        <source>{n} entries</source>
        <translation>{n} poster</translation>
    </message>
    <message>
        <location filename="../../gui/audit_page.py" line="223"/>
        <source>The chain of {n} entries is intact.</source>
        <translation>Kedjan med {n} poster är intakt.</translation>
    </message>
    <message>
        <location filename="../../gui/audit_page.py" line="229"/>
        <source>The chain is broken at entry #{id}: that entry or the one before it was changed or removed outside Clearlist.</source>
        <translation>Kedjan är bruten vid post #{id}: den posten eller posten före den har ändrats eller tagits bort utanför Clearlist.</translation>
    </message>
</context>
<context>
    <name>BackupPage</name>
    <message>
        <location filename="../../gui/backup_page.py" line="42"/>
        <source>A backup is a copy of the whole workspace, encrypted with the same key. Keep it on another disk or a USB key. To restore it, this workspace&apos;s key is needed (the system keyring entry, or the passphrase).</source>
        <translation>En säkerhetskopia är en kopia av hela arbetsytan, krypterad med samma nyckel. Förvara den på en annan disk eller ett USB-minne. För att återställa den behövs arbetsytans nyckel (posten i systemets nyckelring eller lösenfrasen).</translation>
    </message>
    <message>
        <location filename="../../gui/backup_page.py" line="54"/>
        <source>Back up now…</source>
        <translation>Säkerhetskopiera nu…</translation>
    </message>
    <message>
        <location filename="../../gui/backup_page.py" line="57"/>
        <source>Restore from a backup…</source>
        <translation>Återställ från en säkerhetskopia…</translation>
    </message>
    <message>
        <location filename="../../gui/backup_page.py" line="75"/>
        <source>This workspace has never been backed up.</source>
        <translation>Den här arbetsytan har aldrig säkerhetskopierats.</translation>
    </message>
    <message>
        <location filename="../../gui/backup_page.py" line="77"/>
        <source>Last backup: {date} ({days} days ago).</source>
        <translation>Senaste säkerhetskopia: {date} (för {days} dagar sedan).</translation>
    </message>
    <message>
        <location filename="../../gui/backup_page.py" line="81"/>
        <source>Make a backup now: the last one is more than a week old.</source>
        <translation>Gör en säkerhetskopia nu: den senaste är mer än en vecka gammal.</translation>
    </message>
    <message>
        <location filename="../../gui/backup_page.py" line="94"/>
        <source>Back up the workspace</source>
        <translation>Säkerhetskopiera arbetsytan</translation>
    </message>
    <message>
        <location filename="../../gui/backup_page.py" line="96"/>
        <source>Clearlist backup (*.clbackup)</source>
        <translation>Clearlist-säkerhetskopia (*.clbackup)</translation>
    </message>
    <message>
        <location filename="../../gui/backup_page.py" line="128"/>
        <source>Backup written: {name} ({mb} MB)</source>
        <translation>Säkerhetskopian har sparats: {name} ({mb} MB)</translation>
    </message>
    <message>
        <location filename="../../gui/backup_page.py" line="142"/>
        <location filename="../../gui/backup_page.py" line="150"/>
        <location filename="../../gui/backup_page.py" line="168"/>
        <source>Restore from a backup</source>
        <translation>Återställ från en säkerhetskopia</translation>
    </message>
    <message>
        <location filename="../../gui/backup_page.py" line="144"/>
        <source>Clearlist backup (*.clbackup);;All files (*)</source>
        <translation>Clearlist-säkerhetskopia (*.clbackup);;Alla filer (*)</translation>
    </message>
    <message>
        <location filename="../../gui/backup_page.py" line="152"/>
        <source>Replace everything in this workspace with the backup {name}? Changes made since that backup are lost. The file is checked first: a file that is not a backup of this workspace is refused and nothing changes.</source>
        <translation>Vill du ersätta allt i den här arbetsytan med säkerhetskopian {name}? Ändringar som gjorts sedan den togs går förlorade. Filen kontrolleras först: en fil som inte är en säkerhetskopia av den här arbetsytan avvisas och ingenting ändras.</translation>
    </message>
    <message>
        <location filename="../../gui/backup_page.py" line="172"/>
        <source>The workspace was restored from {name}.</source>
        <translation>Arbetsytan har återställts från {name}.</translation>
    </message>
</context>
<context>
    <name>BreachesPage</name>
    <message>
        <location filename="../../gui/breaches_page.py" line="72"/>
        <source>Record a breach</source>
        <translation>Registrera en personuppgiftsincident</translation>
    </message>
    <message>
        <location filename="../../gui/breaches_page.py" line="80"/>
        <source>What happened, when, how it was discovered</source>
        <translation>Vad som hände, när och hur det upptäcktes</translation>
    </message>
    <message>
        <location filename="../../gui/breaches_page.py" line="82"/>
        <source>e.g. names, e-mail addresses, phones</source>
        <translation>t.ex. namn, e-postadresser, telefonnummer</translation>
    </message>
    <message>
        <location filename="../../gui/breaches_page.py" line="84"/>
        <source>e.g. prospects, customers</source>
        <translation>t.ex. potentiella kunder, kunder</translation>
    </message>
    <message>
        <location filename="../../gui/breaches_page.py" line="88"/>
        <source>e.g. unwanted e-mails, phishing attempts</source>
        <translation>t.ex. oönskad e-post, nätfiskeförsök</translation>
    </message>
    <message>
        <location filename="../../gui/breaches_page.py" line="90"/>
        <source>not assessed yet</source>
        <translation>inte bedömd än</translation>
    </message>
    <message>
        <location filename="../../gui/breaches_page.py" line="91"/>
        <source>none</source>
        <translation>ingen</translation>
    </message>
    <message>
        <location filename="../../gui/breaches_page.py" line="92"/>
        <source>low (unlikely to harm anyone)</source>
        <translation>låg (skadar troligen ingen)</translation>
    </message>
    <message>
        <location filename="../../gui/breaches_page.py" line="93"/>
        <source>a risk to the people</source>
        <translation>en risk för de registrerade</translation>
    </message>
    <message>
        <location filename="../../gui/breaches_page.py" line="94"/>
        <source>a high risk to the people</source>
        <translation>en hög risk för de registrerade</translation>
    </message>
    <message>
        <location filename="../../gui/breaches_page.py" line="97"/>
        <source>What was done to stop it and limit the harm</source>
        <translation>Vad som gjordes för att stoppa incidenten och begränsa skadan</translation>
    </message>
    <message>
        <location filename="../../gui/breaches_page.py" line="98"/>
        <source>Authority (CNIL / IMY) told on</source>
        <translation>Anmäld till CNIL / IMY den</translation>
    </message>
    <message>
        <location filename="../../gui/breaches_page.py" line="103"/>
        <source>Required when the authority is told more than 72 hours after</source>
        <translation>Krävs om anmälan görs senare än 72 timmar efter upptäckten</translation>
    </message>
    <message>
        <location filename="../../gui/breaches_page.py" line="105"/>
        <source>People told on</source>
        <translation>De registrerade informerade den</translation>
    </message>
    <message>
        <location filename="../../gui/breaches_page.py" line="126"/>
        <source>Noticed on</source>
        <translation>Upptäckt den</translation>
    </message>
    <message>
        <location filename="../../gui/breaches_page.py" line="127"/>
        <source>Facts</source>
        <translation>Omständigheter</translation>
    </message>
    <message>
        <location filename="../../gui/breaches_page.py" line="128"/>
        <source>Kinds of data</source>
        <translation>Typer av uppgifter</translation>
    </message>
    <message>
        <location filename="../../gui/breaches_page.py" line="129"/>
        <source>Kinds of people</source>
        <translation>Kategorier av registrerade</translation>
    </message>
    <message>
        <location filename="../../gui/breaches_page.py" line="130"/>
        <source>Number of people</source>
        <translation>Antal registrerade</translation>
    </message>
    <message>
        <location filename="../../gui/breaches_page.py" line="131"/>
        <source>Number of records</source>
        <translation>Antal poster</translation>
    </message>
    <message>
        <location filename="../../gui/breaches_page.py" line="132"/>
        <source>Likely consequences</source>
        <translation>Sannolika följder</translation>
    </message>
    <message>
        <location filename="../../gui/breaches_page.py" line="133"/>
        <source>Risk</source>
        <translation>Risk</translation>
    </message>
    <message>
        <location filename="../../gui/breaches_page.py" line="134"/>
        <source>Measures taken</source>
        <translation>Vidtagna åtgärder</translation>
    </message>
    <message>
        <location filename="../../gui/breaches_page.py" line="136"/>
        <source>Reasons for the delay</source>
        <translation>Skäl till förseningen</translation>
    </message>
    <message>
        <location filename="../../gui/breaches_page.py" line="141"/>
        <source>All contacts</source>
        <translation>Alla kontakter</translation>
    </message>
    <message>
        <location filename="../../gui/breaches_page.py" line="143"/>
        <source>A source&apos;s contacts…</source>
        <translation>Kontakter från en källa…</translation>
    </message>
    <message>
        <location filename="../../gui/breaches_page.py" line="145"/>
        <source>Save the list (CSV)…</source>
        <translation>Spara listan (CSV)…</translation>
    </message>
    <message>
        <location filename="../../gui/breaches_page.py" line="148"/>
        <source>&lt;b&gt;Affected contacts:&lt;/b&gt;</source>
        <translation>&lt;b&gt;Berörda kontakter:&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../gui/breaches_page.py" line="151"/>
        <source>Add:</source>
        <translation>Lägg till:</translation>
    </message>
    <message>
        <location filename="../../gui/breaches_page.py" line="157"/>
        <source>Save</source>
        <translation>Spara</translation>
    </message>
    <message>
        <location filename="../../gui/breaches_page.py" line="230"/>
        <source>Authority not told: {h} h {m} min LATE</source>
        <translation>Ej anmäld: {h} h {m} min FÖR SENT</translation>
    </message>
    <message>
        <location filename="../../gui/breaches_page.py" line="232"/>
        <source>Authority not told: {h} h {m} min left</source>
        <translation>Ej anmäld: {h} h {m} min kvar</translation>
    </message>
    <message>
        <location filename="../../gui/breaches_page.py" line="242"/>
        <source>Breaches in the log: {n}</source>
        <translation>Incidenter i loggen: {n}</translation>
    </message>
    <message>
        <location filename="../../gui/breaches_page.py" line="243"/>
        <source>Breaches to tell the authority: {n}</source>
        <translation>Incidenter att anmäla till myndigheten: {n}</translation>
    </message>
    <message>
        <location filename="../../gui/breaches_page.py" line="284"/>
        <source>Save the breach first, then add the affected contacts.</source>
        <translation>Spara personuppgiftsincidenten först och lägg sedan till de berörda kontakterna.</translation>
    </message>
    <message>
        <location filename="../../gui/breaches_page.py" line="321"/>
        <source>{n} contacts attached.</source>
        <translation>Kopplade kontakter: {n}.</translation>
    </message>
    <message>
        <location filename="../../gui/breaches_page.py" line="363"/>
        <source>The breach record was saved.</source>
        <translation>Personuppgiftsincidenten har sparats.</translation>
    </message>
    <message>
        <location filename="../../gui/breaches_page.py" line="376"/>
        <source>The authority was told after the 72 hours (deadline {when}): the reasons for the delay are required.</source>
        <translation>Anmälan till myndigheten gjordes efter 72 timmar (tidsfrist {when}): skälen till förseningen måste anges.</translation>
    </message>
    <message>
        <location filename="../../gui/breaches_page.py" line="383"/>
        <source>The authority was told after the 72 hours (deadline {when}); the reasons for the delay are recorded.</source>
        <translation>Anmälan till myndigheten gjordes efter 72 timmar (tidsfrist {when}); skälen till förseningen finns angivna.</translation>
    </message>
    <message>
        <location filename="../../gui/breaches_page.py" line="388"/>
        <source>The authority was told within the 72 hours.</source>
        <translation>Anmälan till myndigheten gjordes inom 72 timmar.</translation>
    </message>
    <message>
        <location filename="../../gui/breaches_page.py" line="392"/>
        <source>No notification to the authority is needed when a breach is unlikely to harm anyone; it stays in this log.</source>
        <translation>Ingen anmälan till myndigheten behövs när det är osannolikt att personuppgiftsincidenten skadar någon; den finns kvar i den här loggen.</translation>
    </message>
    <message>
        <location filename="../../gui/breaches_page.py" line="400"/>
        <source>The 72 hours ended {h} h {m} min ago ({when}). Tell the CNIL (France) or IMY (Sweden) now, and give the reasons for the delay.</source>
        <translation>De 72 timmarna gick ut för {h} h {m} min sedan ({when}). Anmäl incidenten till IMY (Sverige) eller CNIL (Frankrike) nu och ange skälen till förseningen.</translation>
    </message>
    <message>
        <location filename="../../gui/breaches_page.py" line="406"/>
        <source>{h} h {m} min left to tell the CNIL (France) or IMY (Sweden): by {when}.</source>
        <translation>{h} h {m} min kvar att anmäla incidenten till IMY (Sverige) eller CNIL (Frankrike): senast {when}.</translation>
    </message>
    <message>
        <location filename="../../gui/breaches_page.py" line="410"/>
        <source>A high risk: the people must be told too, without delay.</source>
        <translation>Hög risk: de registrerade måste också informeras, utan onödigt dröjsmål.</translation>
    </message>
    <message>
        <location filename="../../gui/breaches_page.py" line="419"/>
        <source>{n} contacts added.</source>
        <translation>Tillagda kontakter: {n}.</translation>
    </message>
    <message>
        <location filename="../../gui/breaches_page.py" line="432"/>
        <source>Affected contacts</source>
        <translation>Berörda kontakter</translation>
    </message>
    <message>
        <location filename="../../gui/breaches_page.py" line="433"/>
        <source>Contacts from the source:</source>
        <translation>Kontakter från källan:</translation>
    </message>
    <message>
        <location filename="../../gui/breaches_page.py" line="446"/>
        <source>Save the affected contacts</source>
        <translation>Spara de berörda kontakterna</translation>
    </message>
    <message>
        <location filename="../../gui/breaches_page.py" line="448"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../gui/breaches_page.py" line="457"/>
        <source>Breach log</source>
        <translation>Logg över personuppgiftsincidenter</translation>
    </message>
    <message>
        <location filename="../../gui/breaches_page.py" line="460"/>
        <source>{n} contacts written to {name}</source>
        <translation>{n} kontakter sparade i {name}</translation>
    </message>
</context>
<context>
    <name>CampaignEditor</name>
    <message>
        <location filename="../../gui/campaign_editor.py" line="44"/>
        <source>Your company&apos;s name and postal address, and a contact address</source>
        <translation>Företagets namn och postadress samt en kontaktadress</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_editor.py" line="50"/>
        <source>e.g. accounting (for existing customers)</source>
        <translation>t.ex. bokföring (för befintliga kunder)</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_editor.py" line="62"/>
        <source>The message carries a first-contact notice</source>
        <translation>Utskicket innehåller information vid första kontakt</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_editor.py" line="65"/>
        <source>Needed for contacts whose data was not collected from them (bought, rented, from the web or a partner): GDPR art. 14.</source>
        <translation>Krävs för kontakter vars uppgifter inte samlats in från dem själva (köpta, hyrda, från webben eller från en partner): GDPR art. 14.</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_editor.py" line="72"/>
        <source>Start from the template</source>
        <translation>Utgå från mallen</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_editor.py" line="84"/>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_editor.py" line="85"/>
        <source>Sender identity</source>
        <translation>Avsändare</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_editor.py" line="86"/>
        <source>Unsubscribe link or mailto:</source>
        <translation>Avregistreringslänk eller mailto:</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_editor.py" line="87"/>
        <source>Topic relates to</source>
        <translation>Ämnet gäller</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_editor.py" line="88"/>
        <source>Product category</source>
        <translation>Produktkategori</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_editor.py" line="89"/>
        <source>Law for contacts without a country</source>
        <translation>Lag för kontakter utan land</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_editor.py" line="101"/>
        <source>Placeholders: {source_name} (each contact&apos;s precise source), {sender}, {unsubscribe} (the contact&apos;s own link), {authority} (CNIL or IMY).</source>
        <translation>Platshållare: {source_name} (varje kontakts exakta källa), {sender}, {unsubscribe} (kontaktens egen länk), {authority} (IMY eller CNIL).</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_editor.py" line="165"/>
        <source>Blocked (it can be saved, not exported): </source>
        <translation>Blockerad (kan sparas men inte exporteras): </translation>
    </message>
    <message>
        <location filename="../../gui/campaign_editor.py" line="180"/>
        <source>Ready to export.</source>
        <translation>Klar att exportera.</translation>
    </message>
</context>
<context>
    <name>CampaignsPage</name>
    <message>
        <location filename="../../gui/campaigns_page.py" line="52"/>
        <source>New</source>
        <translation>Ny</translation>
    </message>
    <message>
        <location filename="../../gui/campaigns_page.py" line="53"/>
        <source>Save</source>
        <translation>Spara</translation>
    </message>
    <message>
        <location filename="../../gui/campaigns_page.py" line="54"/>
        <source>Delete</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <location filename="../../gui/campaigns_page.py" line="55"/>
        <source>Open a campaign file…</source>
        <translation>Öppna en kampanjfil…</translation>
    </message>
    <message>
        <location filename="../../gui/campaigns_page.py" line="56"/>
        <source>Save as campaign file…</source>
        <translation>Spara som kampanjfil…</translation>
    </message>
    <message>
        <location filename="../../gui/campaigns_page.py" line="57"/>
        <source>Export contacts…</source>
        <translation>Exportera kontakter…</translation>
    </message>
    <message>
        <location filename="../../gui/campaigns_page.py" line="100"/>
        <source>Blocked: no sender identity or no unsubscribe means</source>
        <translation>Blockerad: avsändare eller möjlighet att avregistrera sig saknas</translation>
    </message>
    <message>
        <location filename="../../gui/campaigns_page.py" line="101"/>
        <source>(blocked)</source>
        <translation>(blockerad)</translation>
    </message>
    <message>
        <location filename="../../gui/campaigns_page.py" line="131"/>
        <source>Campaign saved.</source>
        <translation>Kampanjen har sparats.</translation>
    </message>
    <message>
        <location filename="../../gui/campaigns_page.py" line="139"/>
        <source>Delete the campaign</source>
        <translation>Ta bort kampanjen</translation>
    </message>
    <message>
        <location filename="../../gui/campaigns_page.py" line="140"/>
        <source>Delete this campaign? Past exports keep their own copy of it.</source>
        <translation>Vill du ta bort den här kampanjen? Tidigare exporter behåller sin egen kopia av den.</translation>
    </message>
    <message>
        <location filename="../../gui/campaigns_page.py" line="150"/>
        <source>Open a campaign file</source>
        <translation>Öppna en kampanjfil</translation>
    </message>
    <message>
        <location filename="../../gui/campaigns_page.py" line="150"/>
        <source>Campaign (*.json)</source>
        <translation>Kampanj (*.json)</translation>
    </message>
    <message>
        <location filename="../../gui/campaigns_page.py" line="170"/>
        <source>Save as campaign file</source>
        <translation>Spara som kampanjfil</translation>
    </message>
    <message>
        <location filename="../../gui/campaigns_page.py" line="170"/>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
</context>
<context>
    <name>ContactDetail</name>
    <message>
        <location filename="../../gui/contact_detail.py" line="70"/>
        <source>Select a contact to see and edit it here.

Ctrl+N adds a contact, Ctrl+F searches.</source>
        <translation>Välj en kontakt för att se och redigera den här.

Ctrl+N lägger till en kontakt, Ctrl+F söker.</translation>
    </message>
    <message>
        <location filename="../../gui/contact_detail.py" line="122"/>
        <source>Sources</source>
        <translation>Källor</translation>
    </message>
    <message>
        <location filename="../../gui/contact_detail.py" line="131"/>
        <source>Where this contact came from (read-only).</source>
        <translation>Var kontakten kommer ifrån (skrivskyddat).</translation>
    </message>
    <message>
        <location filename="../../gui/contact_detail.py" line="139"/>
        <source>Revert</source>
        <translation>Återställ</translation>
    </message>
    <message>
        <location filename="../../gui/contact_detail.py" line="141"/>
        <source>Save</source>
        <translation>Spara</translation>
    </message>
    <message>
        <location filename="../../gui/contact_detail.py" line="143"/>
        <source>Save the changes (Ctrl+S)</source>
        <translation>Spara ändringarna (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../gui/contact_detail.py" line="183"/>
        <source>YYYY-MM-DD</source>
        <translation>ÅÅÅÅ-MM-DD</translation>
    </message>
    <message>
        <location filename="../../gui/contact_detail.py" line="185"/>
        <source>Two letters, e.g. FR, SE, GB</source>
        <translation>Två bokstäver, t.ex. SE, FR, GB</translation>
    </message>
    <message>
        <location filename="../../gui/contact_detail.py" line="188"/>
        <source>tag; other tag</source>
        <translation>tagg; annan tagg</translation>
    </message>
    <message>
        <location filename="../../gui/contact_detail.py" line="190"/>
        <source>name@example.com</source>
        <translation>namn@example.com</translation>
    </message>
    <message>
        <location filename="../../gui/contact_detail.py" line="220"/>
        <source>function set by hand</source>
        <translation>funktion angiven manuellt</translation>
    </message>
    <message>
        <location filename="../../gui/contact_detail.py" line="222"/>
        <source>function derived from the job title</source>
        <translation>funktion härledd från befattningen</translation>
    </message>
    <message>
        <location filename="../../gui/contact_detail.py" line="225"/>
        <source>Added {added}, changed {changed}; {origin}.</source>
        <translation>Tillagd {added}, ändrad {changed}; {origin}.</translation>
    </message>
    <message>
        <location filename="../../gui/contact_detail.py" line="239"/>
        <source>New contact</source>
        <translation>Ny kontakt</translation>
    </message>
    <message>
        <location filename="../../gui/contact_detail.py" line="241"/>
        <source>Only the e-mail address is required. It is recorded as entered by hand.</source>
        <translation>Bara e-postadressen krävs. Kontakten registreras som manuellt inlagd.</translation>
    </message>
    <message>
        <location filename="../../gui/contact_detail.py" line="260"/>
        <source>{type}: {name} (acquired {date})</source>
        <translation>{type}: {name} (inhämtad {date})</translation>
    </message>
    <message>
        <location filename="../../gui/contact_detail.py" line="267"/>
        <source>None yet: recorded when you save.</source>
        <translation>Inga än: registreras när du sparar.</translation>
    </message>
    <message>
        <location filename="../../gui/contact_detail.py" line="268"/>
        <source>Sources ({n})</source>
        <translation>Källor ({n})</translation>
    </message>
    <message>
        <location filename="../../gui/contact_detail.py" line="334"/>
        <source>Not saved: correct the fields marked in red.</source>
        <translation>Inte sparad: rätta fälten som är markerade med rött.</translation>
    </message>
</context>
<context>
    <name>ContactsPage</name>
    <message>
        <location filename="../../gui/contacts_page.py" line="74"/>
        <source>Search names, companies, e-mail addresses, job titles (Ctrl+F)</source>
        <translation>Sök bland namn, företag, e-postadresser och befattningar (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../gui/contacts_page.py" line="84"/>
        <location filename="../../gui/contacts_page.py" line="179"/>
        <source>New contact</source>
        <translation>Ny kontakt</translation>
    </message>
    <message>
        <location filename="../../gui/contacts_page.py" line="85"/>
        <source>Add a contact by hand (Ctrl+N)</source>
        <translation>Lägg till en kontakt manuellt (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../gui/contacts_page.py" line="87"/>
        <location filename="../../gui/contacts_page.py" line="187"/>
        <location filename="../../gui/contacts_page.py" line="338"/>
        <source>Delete</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <location filename="../../gui/contacts_page.py" line="88"/>
        <source>Delete the selected contacts (Delete)</source>
        <translation>Ta bort de markerade kontakterna (Delete)</translation>
    </message>
    <message>
        <location filename="../../gui/contacts_page.py" line="101"/>
        <source>Show all contacts</source>
        <translation>Visa alla kontakter</translation>
    </message>
    <message>
        <location filename="../../gui/contacts_page.py" line="176"/>
        <source>Find</source>
        <translation>Sök</translation>
    </message>
    <message>
        <location filename="../../gui/contacts_page.py" line="263"/>
        <source>Segment “{name}”: 1 contact</source>
        <translation>Segment ”{name}”: 1 kontakt</translation>
    </message>
    <message>
        <location filename="../../gui/contacts_page.py" line="265"/>
        <source>Segment “{name}”: {n} contacts</source>
        <translation>Segment ”{name}”: {n} kontakter</translation>
    </message>
    <message>
        <location filename="../../gui/contacts_page.py" line="297"/>
        <location filename="../../gui/contacts_page.py" line="325"/>
        <source>Delete contacts</source>
        <translation>Ta bort kontakter</translation>
    </message>
    <message>
        <location filename="../../gui/contacts_page.py" line="298"/>
        <source>Select at most {n} contacts to delete at once.</source>
        <translation>Markera högst {n} kontakter att ta bort åt gången.</translation>
    </message>
    <message>
        <location filename="../../gui/contacts_page.py" line="317"/>
        <source>1 contact deleted.</source>
        <translation>1 kontakt borttagen.</translation>
    </message>
    <message>
        <location filename="../../gui/contacts_page.py" line="319"/>
        <source>{n} contacts deleted.</source>
        <translation>Borttagna kontakter: {n}.</translation>
    </message>
    <message>
        <location filename="../../gui/contacts_page.py" line="327"/>
        <source>Delete this contact?</source>
        <translation>Vill du ta bort den här kontakten?</translation>
    </message>
    <message>
        <location filename="../../gui/contacts_page.py" line="329"/>
        <source>Delete these {n} contacts?</source>
        <translation>Vill du ta bort dessa {n} kontakter?</translation>
    </message>
    <message>
        <location filename="../../gui/contacts_page.py" line="333"/>
        <source>They are removed from the workspace, and the deletion is recorded in the audit trail. To make sure someone is never contacted again, add the address to the opt-out list instead.</source>
        <translation>De tas bort från arbetsytan och borttagningen registreras i granskningsloggen. Vill du vara säker på att någon aldrig kontaktas igen lägger du i stället till adressen på spärrlistan.</translation>
    </message>
    <message>
        <location filename="../../gui/contacts_page.py" line="363"/>
        <source>Unsaved changes</source>
        <translation>Osparade ändringar</translation>
    </message>
    <message>
        <location filename="../../gui/contacts_page.py" line="364"/>
        <source>Save the changes to this contact?</source>
        <translation>Vill du spara ändringarna i den här kontakten?</translation>
    </message>
    <message>
        <location filename="../../gui/contacts_page.py" line="412"/>
        <source>{shown} of {total} contacts in the segment</source>
        <translation>{shown} av {total} kontakter i segmentet</translation>
    </message>
    <message>
        <location filename="../../gui/contacts_page.py" line="416"/>
        <source>{shown} of {total} contacts match</source>
        <translation>{shown} av {total} kontakter matchar</translation>
    </message>
    <message>
        <location filename="../../gui/contacts_page.py" line="420"/>
        <source>1 contact</source>
        <translation>1 kontakt</translation>
    </message>
    <message>
        <location filename="../../gui/contacts_page.py" line="421"/>
        <source>{total} contacts</source>
        <translation>{total} kontakter</translation>
    </message>
</context>
<context>
    <name>CountChart</name>
    <message>
        <location filename="../../gui/overview_page.py" line="105"/>
        <source>Contacts</source>
        <translation>Kontakter</translation>
    </message>
</context>
<context>
    <name>DateRange</name>
    <message>
        <location filename="../../gui/segment_editor.py" line="132"/>
        <source>from</source>
        <translation>från</translation>
    </message>
    <message>
        <location filename="../../gui/segment_editor.py" line="133"/>
        <source>to</source>
        <translation>till</translation>
    </message>
</context>
<context>
    <name>DueRequestsPanel</name>
    <message>
        <location filename="../../gui/overview_requests.py" line="43"/>
        <source>The people&apos;s rights and your duties</source>
        <translation>De registrerades rättigheter och dina skyldigheter</translation>
    </message>
    <message>
        <location filename="../../gui/overview_requests.py" line="56"/>
        <source>Requests</source>
        <translation>Begäranden</translation>
    </message>
    <message>
        <location filename="../../gui/overview_requests.py" line="56"/>
        <source>Requests…</source>
        <translation>Begäranden…</translation>
    </message>
    <message>
        <location filename="../../gui/overview_requests.py" line="57"/>
        <source>Breaches</source>
        <translation>Incidenter</translation>
    </message>
    <message>
        <location filename="../../gui/overview_requests.py" line="57"/>
        <source>Breach log…</source>
        <translation>Incidentlogg…</translation>
    </message>
    <message>
        <location filename="../../gui/overview_requests.py" line="58"/>
        <source>Retention</source>
        <translation>Lagringstid</translation>
    </message>
    <message>
        <location filename="../../gui/overview_requests.py" line="58"/>
        <source>Retention…</source>
        <translation>Lagringstid…</translation>
    </message>
    <message>
        <location filename="../../gui/overview_requests.py" line="59"/>
        <source>Backup</source>
        <translation>Säkerhetskopiering</translation>
    </message>
    <message>
        <location filename="../../gui/overview_requests.py" line="59"/>
        <source>Backup…</source>
        <translation>Säkerhetskopiering…</translation>
    </message>
    <message>
        <location filename="../../gui/overview_requests.py" line="100"/>
        <source>OVERDUE</source>
        <translation>FÖRSENAD</translation>
    </message>
    <message>
        <location filename="../../gui/overview_requests.py" line="101"/>
        <source>due</source>
        <translation>senast</translation>
    </message>
    <message>
        <location filename="../../gui/overview_requests.py" line="103"/>
        <source>an erased or unknown person</source>
        <translation>en raderad eller okänd person</translation>
    </message>
    <message>
        <location filename="../../gui/overview_requests.py" line="111"/>
        <source>No request is overdue or due this week.</source>
        <translation>Ingen begäran är försenad eller ska besvaras den här veckan.</translation>
    </message>
    <message>
        <location filename="../../gui/overview_requests.py" line="114"/>
        <source>{overdue} overdue, {soon} due within 7 days:</source>
        <translation>Försenade: {overdue}, svarsfrist inom 7 dagar: {soon}</translation>
    </message>
    <message>
        <location filename="../../gui/overview_requests.py" line="118"/>
        <source>and {n} more</source>
        <translation>och {n} till</translation>
    </message>
    <message>
        <location filename="../../gui/overview_requests.py" line="125"/>
        <source>No breach is waiting to be told to the authority.</source>
        <translation>Ingen personuppgiftsincident väntar på att anmälas till myndigheten.</translation>
    </message>
    <message>
        <location filename="../../gui/overview_requests.py" line="133"/>
        <source>Breach #{id}: the 72 hours ended {h} h {m} min ago: tell the CNIL / IMY now</source>
        <translation>Incident #{id}: de 72 timmarna gick ut för {h} h {m} min sedan: anmäl till IMY / CNIL nu</translation>
    </message>
    <message>
        <location filename="../../gui/overview_requests.py" line="136"/>
        <source>Breach #{id}: {h} h {m} min left to tell the CNIL / IMY</source>
        <translation>Incident #{id}: {h} h {m} min kvar att anmäla till IMY / CNIL</translation>
    </message>
    <message>
        <location filename="../../gui/overview_requests.py" line="146"/>
        <source>Never backed up: make a backup now.</source>
        <translation>Aldrig säkerhetskopierad: gör en säkerhetskopia nu.</translation>
    </message>
    <message>
        <location filename="../../gui/overview_requests.py" line="148"/>
        <source>The last backup is {days} days old: make a backup now.</source>
        <translation>Den senaste säkerhetskopian är {days} dagar gammal: gör en säkerhetskopia nu.</translation>
    </message>
    <message>
        <location filename="../../gui/overview_requests.py" line="155"/>
        <source>Nothing to back up yet.</source>
        <translation>Inget att säkerhetskopiera än.</translation>
    </message>
    <message>
        <location filename="../../gui/overview_requests.py" line="157"/>
        <source>Last backup {days} days ago.</source>
        <translation>Senaste säkerhetskopia för {days} dagar sedan.</translation>
    </message>
    <message>
        <location filename="../../gui/overview_requests.py" line="164"/>
        <source>Checking…</source>
        <translation>Kontrollerar…</translation>
    </message>
    <message>
        <location filename="../../gui/overview_requests.py" line="181"/>
        <source>{ended} contacts&apos; retention period has ended; {soon} more end within 60 days.</source>
        <translation>Kontakter vars lagringstid har löpt ut: {ended}; som löper ut inom 60 dagar: {soon}.</translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <location filename="../../gui/demo_offer.py" line="51"/>
        <source>Import a file…</source>
        <translation>Importera en fil…</translation>
    </message>
    <message>
        <location filename="../../gui/demo_offer.py" line="53"/>
        <source>New contact</source>
        <translation>Ny kontakt</translation>
    </message>
    <message>
        <location filename="../../gui/demo_offer.py" line="56"/>
        <source>Load about {n} demo contacts</source>
        <translation>Läs in cirka {n} demokontakter</translation>
    </message>
    <message>
        <location filename="../../gui/demo_offer.py" line="59"/>
        <source>Fictitious people and companies, to try Clearlist. Delete them any time.</source>
        <translation>Påhittade personer och företag att prova Clearlist med. Ta bort dem när du vill.</translation>
    </message>
    <message>
        <location filename="../../gui/demo_offer.py" line="62"/>
        <source>Clear the search</source>
        <translation>Rensa sökningen</translation>
    </message>
    <message>
        <location filename="../../gui/demo_offer.py" line="89"/>
        <source>No contacts yet</source>
        <translation>Inga kontakter än</translation>
    </message>
    <message>
        <location filename="../../gui/demo_offer.py" line="92"/>
        <source>Import a spreadsheet (or drop a .csv or .xlsx file on this window), add a contact by hand, or load about {n} fictitious demo contacts to try Clearlist.</source>
        <translation>Importera ett kalkylark (eller släpp en .csv- eller .xlsx-fil i det här fönstret), lägg till en kontakt manuellt eller läs in cirka {n} påhittade demokontakter för att prova Clearlist.</translation>
    </message>
    <message>
        <location filename="../../gui/demo_offer.py" line="103"/>
        <source>No contact matches “{text}”</source>
        <translation>Ingen kontakt matchar ”{text}”</translation>
    </message>
    <message>
        <location filename="../../gui/demo_offer.py" line="106"/>
        <source>The search looks for the beginnings of words in names, company, e-mail address and job title; every word must match.</source>
        <translation>Sökningen letar efter ordbörjan i namn, företag, e-postadress och befattning; alla ord måste matcha.</translation>
    </message>
</context>
<context>
    <name>ExcludedModel</name>
    <message>
        <location filename="../../gui/export_excluded.py" line="28"/>
        <source>Address</source>
        <translation>Adress</translation>
    </message>
    <message>
        <location filename="../../gui/export_excluded.py" line="28"/>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location filename="../../gui/export_excluded.py" line="28"/>
        <source>Reasons</source>
        <translation>Skäl</translation>
    </message>
    <message>
        <location filename="../../gui/export_excluded.py" line="28"/>
        <source>Flags</source>
        <translation>Varningar</translation>
    </message>
</context>
<context>
    <name>ExportChart</name>
    <message>
        <location filename="../../gui/export_chart.py" line="50"/>
        <location filename="../../gui/export_chart.py" line="52"/>
        <source>Cleared</source>
        <translation>Godkända</translation>
    </message>
    <message>
        <location filename="../../gui/export_chart.py" line="56"/>
        <source>Contacts</source>
        <translation>Kontakter</translation>
    </message>
</context>
<context>
    <name>ExportWizard</name>
    <message>
        <location filename="../../gui/export_wizard.py" line="70"/>
        <source>Export the cleared contacts</source>
        <translation>Exportera de godkända kontakterna</translation>
    </message>
    <message>
        <location filename="../../gui/export_wizard.py" line="84"/>
        <source>All contacts</source>
        <translation>Alla kontakter</translation>
    </message>
    <message>
        <location filename="../../gui/export_wizard.py" line="96"/>
        <source>Preview</source>
        <translation>Förhandsgranska</translation>
    </message>
    <message>
        <location filename="../../gui/export_wizard.py" line="99"/>
        <source>1. Campaign and contacts</source>
        <translation>1. Kampanj och kontakter</translation>
    </message>
    <message>
        <location filename="../../gui/export_wizard.py" line="101"/>
        <source>Campaign</source>
        <translation>Kampanj</translation>
    </message>
    <message>
        <location filename="../../gui/export_wizard.py" line="102"/>
        <source>Contacts</source>
        <translation>Kontakter</translation>
    </message>
    <message>
        <location filename="../../gui/export_wizard.py" line="103"/>
        <source>Only these job functions</source>
        <translation>Bara dessa funktioner</translation>
    </message>
    <message>
        <location filename="../../gui/export_wizard.py" line="108"/>
        <source>Press Preview to see who may receive the campaign.</source>
        <translation>Tryck på Förhandsgranska för att se vilka som får ta emot kampanjen.</translation>
    </message>
    <message>
        <location filename="../../gui/export_wizard.py" line="114"/>
        <source>Search the excluded contacts</source>
        <translation>Sök bland de uteslutna kontakterna</translation>
    </message>
    <message>
        <location filename="../../gui/export_wizard.py" line="117"/>
        <source>Every reason</source>
        <translation>Alla skäl</translation>
    </message>
    <message>
        <location filename="../../gui/export_wizard.py" line="137"/>
        <source>2. Preview</source>
        <translation>2. Förhandsgranskning</translation>
    </message>
    <message>
        <location filename="../../gui/export_wizard.py" line="160"/>
        <source>CSV, comma-separated (UTF-8)</source>
        <translation>CSV, kommaseparerad (UTF-8)</translation>
    </message>
    <message>
        <location filename="../../gui/export_wizard.py" line="161"/>
        <source>CSV, semicolon-separated (UTF-8, French Excel)</source>
        <translation>CSV, semikolonseparerad (UTF-8, svensk och fransk Excel)</translation>
    </message>
    <message>
        <location filename="../../gui/export_wizard.py" line="162"/>
        <source>Excel workbook (.xlsx)</source>
        <translation>Excel-arbetsbok (.xlsx)</translation>
    </message>
    <message>
        <location filename="../../gui/export_wizard.py" line="163"/>
        <source>Write the file…</source>
        <translation>Spara filen…</translation>
    </message>
    <message>
        <location filename="../../gui/export_wizard.py" line="167"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location filename="../../gui/export_wizard.py" line="169"/>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <location filename="../../gui/export_wizard.py" line="171"/>
        <source>3. File</source>
        <translation>3. Fil</translation>
    </message>
    <message>
        <location filename="../../gui/export_wizard.py" line="173"/>
        <source>Columns for</source>
        <translation>Kolumner för</translation>
    </message>
    <message>
        <location filename="../../gui/export_wizard.py" line="220"/>
        <source>There is no campaign yet: create one on the Campaigns page.</source>
        <translation>Det finns ingen kampanj än: skapa en på sidan Kampanjer.</translation>
    </message>
    <message>
        <location filename="../../gui/export_wizard.py" line="244"/>
        <source>Deciding…</source>
        <translation>Bedömer…</translation>
    </message>
    <message>
        <location filename="../../gui/export_wizard.py" line="253"/>
        <source>{exported} of {considered} contacts may receive this campaign ({notice} of them only with the first-contact notice); {excluded} are left out.</source>
        <translation>{exported} av {considered} kontakter får ta emot den här kampanjen ({notice} av dem bara med information vid första kontakt); {excluded} utesluts.</translation>
    </message>
    <message>
        <location filename="../../gui/export_wizard.py" line="263"/>
        <source>Warnings: {flags}.</source>
        <translation>Varningar: {flags}.</translation>
    </message>
    <message>
        <location filename="../../gui/export_wizard.py" line="276"/>
        <source>{n} excluded contacts match</source>
        <translation>Uteslutna kontakter som matchar: {n}</translation>
    </message>
    <message>
        <location filename="../../gui/export_wizard.py" line="285"/>
        <source>Write the cleared contacts</source>
        <translation>Spara de godkända kontakterna</translation>
    </message>
    <message>
        <location filename="../../gui/export_wizard.py" line="318"/>
        <source>Writing…</source>
        <translation>Sparar…</translation>
    </message>
    <message>
        <location filename="../../gui/export_wizard.py" line="326"/>
        <source>Export written</source>
        <translation>Exporten har sparats</translation>
    </message>
    <message>
        <location filename="../../gui/export_wizard.py" line="328"/>
        <source>{n} contacts written to {name}. The export is recorded on the Exports page; mark it as sent there once the campaign has gone out.</source>
        <translation>{n} kontakter sparade i {name}. Exporten registreras på sidan Exporter; markera den som skickad där när kampanjen har gått ut.</translation>
    </message>
</context>
<context>
    <name>ExportsPage</name>
    <message>
        <location filename="../../gui/exports_page.py" line="47"/>
        <source>Made (UTC)</source>
        <translation>Skapad (UTC)</translation>
    </message>
    <message>
        <location filename="../../gui/exports_page.py" line="48"/>
        <source>Campaign</source>
        <translation>Kampanj</translation>
    </message>
    <message>
        <location filename="../../gui/exports_page.py" line="49"/>
        <source>Columns for</source>
        <translation>Kolumner för</translation>
    </message>
    <message>
        <location filename="../../gui/exports_page.py" line="50"/>
        <source>Considered</source>
        <translation>Bedömda</translation>
    </message>
    <message>
        <location filename="../../gui/exports_page.py" line="51"/>
        <source>Exported</source>
        <translation>Exporterade</translation>
    </message>
    <message>
        <location filename="../../gui/exports_page.py" line="52"/>
        <source>Excluded by reason</source>
        <translation>Uteslutna per skäl</translation>
    </message>
    <message>
        <location filename="../../gui/exports_page.py" line="53"/>
        <source>File</source>
        <translation>Fil</translation>
    </message>
    <message>
        <location filename="../../gui/exports_page.py" line="54"/>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location filename="../../gui/exports_page.py" line="55"/>
        <source>Sent</source>
        <translation>Skickad</translation>
    </message>
    <message>
        <location filename="../../gui/exports_page.py" line="65"/>
        <source>No export yet. Exports are made from a campaign: press New export.</source>
        <translation>Inga exporter än. En export görs utifrån en kampanj: tryck på Ny export.</translation>
    </message>
    <message>
        <location filename="../../gui/exports_page.py" line="67"/>
        <source>New export…</source>
        <translation>Ny export…</translation>
    </message>
    <message>
        <location filename="../../gui/exports_page.py" line="69"/>
        <location filename="../../gui/exports_page.py" line="122"/>
        <source>Mark as sent</source>
        <translation>Markera som skickad</translation>
    </message>
    <message>
        <location filename="../../gui/exports_page.py" line="124"/>
        <source>Record that the campaign “{name}” was sent today to the {n} contacts of this export? Those who needed the first-contact notice will be recorded as having received it today.</source>
        <translation>Vill du registrera att kampanjen ”{name}” skickades i dag till de {n} kontakterna i den här exporten? De som behövde information vid första kontakt registreras som att de fick den i dag.</translation>
    </message>
    <message>
        <location filename="../../gui/exports_page.py" line="139"/>
        <source>Marked as sent: {n} contacts, {notices} notices recorded.</source>
        <translation>Markerad som skickad: {n} kontakter, varav {notices} med registrerad information vid första kontakt.</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <location filename="../../gui/import_file_page.py" line="28"/>
        <source>commas</source>
        <translation>kommatecken</translation>
    </message>
    <message>
        <location filename="../../gui/import_file_page.py" line="29"/>
        <source>semicolons</source>
        <translation>semikolon</translation>
    </message>
    <message>
        <location filename="../../gui/import_file_page.py" line="30"/>
        <source>tabs</source>
        <translation>tabbar</translation>
    </message>
    <message>
        <location filename="../../gui/import_file_page.py" line="31"/>
        <source>vertical bars</source>
        <translation>lodstreck</translation>
    </message>
    <message>
        <location filename="../../gui/import_file_page.py" line="38"/>
        <source>Choose the file</source>
        <translation>Välj fil</translation>
    </message>
    <message>
        <location filename="../../gui/import_file_page.py" line="41"/>
        <source>A spreadsheet (.xlsx, .xls, .ods) or a text file (.csv, .tsv, .txt) with one contact per row. Drop it here or browse for it.</source>
        <translation>Ett kalkylark (.xlsx, .xls, .ods) eller en textfil (.csv, .tsv, .txt) med en kontakt per rad. Släpp filen här eller bläddra fram den.</translation>
    </message>
    <message>
        <location filename="../../gui/import_file_page.py" line="46"/>
        <source>Drop a file here</source>
        <translation>Släpp en fil här</translation>
    </message>
    <message>
        <location filename="../../gui/import_file_page.py" line="56"/>
        <source>No file chosen</source>
        <translation>Ingen fil vald</translation>
    </message>
    <message>
        <location filename="../../gui/import_file_page.py" line="57"/>
        <source>Browse…</source>
        <translation>Bläddra…</translation>
    </message>
    <message>
        <location filename="../../gui/import_file_page.py" line="59"/>
        <source>Earlier imports…</source>
        <translation>Tidigare importer…</translation>
    </message>
    <message>
        <location filename="../../gui/import_file_page.py" line="60"/>
        <source>See the files imported before, and undo one of them</source>
        <translation>Se filer som importerats tidigare och ångra en av dem</translation>
    </message>
    <message>
        <location filename="../../gui/import_file_page.py" line="98"/>
        <source>Choose the file to import</source>
        <translation>Välj filen som ska importeras</translation>
    </message>
    <message>
        <location filename="../../gui/import_file_page.py" line="100"/>
        <source>Contact lists ({patterns});;All files (*)</source>
        <translation>Kontaktlistor ({patterns});;Alla filer (*)</translation>
    </message>
    <message>
        <location filename="../../gui/import_file_page.py" line="125"/>
        <source>Reading {name}…</source>
        <translation>Läser {name}…</translation>
    </message>
    <message>
        <location filename="../../gui/import_file_page.py" line="150"/>
        <source>A workbook with {n} sheet(s); sheet &apos;{sheet}&apos; is read.</source>
        <translation>En arbetsbok med {n} blad; bladet ”{sheet}” läses.</translation>
    </message>
    <message>
        <location filename="../../gui/import_file_page.py" line="154"/>
        <source>A text file in {encoding}, values separated by {delimiter}.</source>
        <translation>En textfil i {encoding}, värdena åtskilda med {delimiter}.</translation>
    </message>
    <message>
        <location filename="../../gui/import_file_page.py" line="160"/>
        <source>About {rows} rows and {columns} columns.</source>
        <translation>Cirka {rows} rader och {columns} kolumner.</translation>
    </message>
</context>
<context>
    <name>ImportHistoryDialog</name>
    <message>
        <location filename="../../gui/import_history.py" line="28"/>
        <source>own form</source>
        <translation>eget formulär</translation>
    </message>
    <message>
        <location filename="../../gui/import_history.py" line="29"/>
        <source>trade show</source>
        <translation>mässa</translation>
    </message>
    <message>
        <location filename="../../gui/import_history.py" line="30"/>
        <source>customers</source>
        <translation>kunder</translation>
    </message>
    <message>
        <location filename="../../gui/import_history.py" line="31"/>
        <source>bought</source>
        <translation>köpt</translation>
    </message>
    <message>
        <location filename="../../gui/import_history.py" line="32"/>
        <source>rented</source>
        <translation>hyrd</translation>
    </message>
    <message>
        <location filename="../../gui/import_history.py" line="33"/>
        <source>public websites</source>
        <translation>offentliga webbplatser</translation>
    </message>
    <message>
        <location filename="../../gui/import_history.py" line="34"/>
        <source>partner</source>
        <translation>partner</translation>
    </message>
    <message>
        <location filename="../../gui/import_history.py" line="35"/>
        <source>by hand</source>
        <translation>manuellt</translation>
    </message>
    <message>
        <location filename="../../gui/import_history.py" line="47"/>
        <source>Earlier imports</source>
        <translation>Tidigare importer</translation>
    </message>
    <message>
        <location filename="../../gui/import_history.py" line="51"/>
        <source>Batch</source>
        <translation>Omgång</translation>
    </message>
    <message>
        <location filename="../../gui/import_history.py" line="51"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../gui/import_history.py" line="51"/>
        <source>Source</source>
        <translation>Källa</translation>
    </message>
    <message>
        <location filename="../../gui/import_history.py" line="51"/>
        <source>File</source>
        <translation>Fil</translation>
    </message>
    <message>
        <location filename="../../gui/import_history.py" line="52"/>
        <source>New / updated</source>
        <translation>Nya / uppdaterade</translation>
    </message>
    <message>
        <location filename="../../gui/import_history.py" line="52"/>
        <source>Undone</source>
        <translation>Ångrad</translation>
    </message>
    <message>
        <location filename="../../gui/import_history.py" line="63"/>
        <source>Undo this import…</source>
        <translation>Ångra den här importen…</translation>
    </message>
    <message>
        <location filename="../../gui/import_history.py" line="96"/>
        <source>No file was imported yet.</source>
        <translation>Ingen fil har importerats än.</translation>
    </message>
    <message>
        <location filename="../../gui/import_history.py" line="113"/>
        <source>Undo this import</source>
        <translation>Ångra den här importen</translation>
    </message>
    <message>
        <location filename="../../gui/import_history.py" line="115"/>
        <source>Undo batch {batch} ({file})? The contacts it created are removed (unless a later import brought them too), the fields it changed are put back, and its source is removed from the other contacts.</source>
        <translation>Vill du ångra omgång {batch} ({file})? Kontakterna den skapade tas bort (om inte en senare import också tog in dem), fälten den ändrade återställs och dess källa tas bort från övriga kontakter.</translation>
    </message>
    <message>
        <location filename="../../gui/import_history.py" line="125"/>
        <source>Undoing batch {batch}…</source>
        <translation>Ångrar omgång {batch}…</translation>
    </message>
    <message>
        <location filename="../../gui/import_history.py" line="141"/>
        <source>Batch {batch} was undone: {removed} contacts removed, {kept} kept because a later import also has them, {restored} put back as they were.</source>
        <translation>Omgång {batch} har ångrats. Borttagna kontakter: {removed}; kvar eftersom en senare import också innehåller dem: {kept}; återställda: {restored}.</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../gui/import_wizard.py" line="51"/>
        <source>Import contacts</source>
        <translation>Importera kontakter</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../gui/main_window.py" line="57"/>
        <source>Contacts</source>
        <translation>Kontakter</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="58"/>
        <source>Overview</source>
        <translation>Översikt</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="59"/>
        <source>Job titles</source>
        <translation>Befattningar</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="60"/>
        <source>A person</source>
        <translation>En person</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="61"/>
        <source>Requests</source>
        <translation>Begäranden</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="62"/>
        <source>Retention</source>
        <translation>Lagringstid</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="63"/>
        <source>Register</source>
        <translation>Behandlingsregister</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="64"/>
        <source>Breaches</source>
        <translation>Incidenter</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="65"/>
        <source>Audit trail</source>
        <translation>Granskningslogg</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="66"/>
        <source>Backup</source>
        <translation>Säkerhetskopiering</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="67"/>
        <source>Campaigns</source>
        <translation>Kampanjer</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="68"/>
        <source>Exports</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="69"/>
        <source>Opt-out list</source>
        <translation>Spärrlista</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="86"/>
        <source>Clearlist — {name}</source>
        <translation>Clearlist – {name}</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="131"/>
        <source>Key: system keyring</source>
        <translation>Nyckel: systemets nyckelring</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="133"/>
        <source>Key: passphrase</source>
        <translation>Nyckel: lösenfras</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="139"/>
        <source>As of {date}</source>
        <translation>Per {date}</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="222"/>
        <source>Clearlist</source>
        <translation>Clearlist</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="236"/>
        <source>&amp;File</source>
        <translation>&amp;Arkiv</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="237"/>
        <source>&amp;Import a file…</source>
        <translation>&amp;Importera en fil…</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="238"/>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="242"/>
        <source>&amp;Quit</source>
        <translation>&amp;Avsluta</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="246"/>
        <source>&amp;Settings</source>
        <translation>&amp;Inställningar</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="247"/>
        <source>&amp;Language</source>
        <translation>&amp;Språk</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="259"/>
        <source>&amp;Help</source>
        <translation>&amp;Hjälp</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="260"/>
        <source>&amp;About Clearlist</source>
        <translation>&amp;Om Clearlist</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="271"/>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="273"/>
        <source>Clearlist will speak {language} the next time it starts. Dates and numbers will then be written as in that language too.</source>
        <translation>Nytt språk: {language}. Det gäller från nästa gång Clearlist startar, och då skrivs även datum och tal enligt det språket.</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="281"/>
        <source>About Clearlist</source>
        <translation>Om Clearlist</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="283"/>
        <source>Clearlist keeps your prospect lists in one encrypted workspace and exports only the contacts you may lawfully e-mail.

Workspace: {path}</source>
        <translation>Clearlist samlar dina prospektlistor i en krypterad arbetsyta och exporterar bara de kontakter som du lagligen får skicka e-post till.

Arbetsyta: {path}</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="298"/>
        <source>Import</source>
        <translation>Importera</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="300"/>
        <source>Importing files from the window arrives soon. Until then, use the command line: python main.py import FILE --source-type TYPE --source-name NAME</source>
        <translation>Import av filer direkt i fönstret kommer snart. Använd tills vidare kommandoraden: python main.py import FIL --source-type TYP --source-name NAMN</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <location filename="../../gui/import_mapping_page.py" line="66"/>
        <source>Columns</source>
        <translation>Kolumner</translation>
    </message>
    <message>
        <location filename="../../gui/import_mapping_page.py" line="69"/>
        <source>Each column of the file goes to a contact field, or is not imported. Columns that are not needed are left out (keep only what you need). Click a field to change it.</source>
        <translation>Varje kolumn i filen går till ett kontaktfält eller importeras inte. Kolumner som inte behövs utelämnas (spara bara det du behöver). Klicka på ett fält för att ändra det.</translation>
    </message>
    <message>
        <location filename="../../gui/import_mapping_page.py" line="77"/>
        <source>Use the columns chosen last time for</source>
        <translation>Använd förra gångens kolumnval för</translation>
    </message>
    <message>
        <location filename="../../gui/import_mapping_page.py" line="80"/>
        <source>Column in the file</source>
        <translation>Kolumn i filen</translation>
    </message>
    <message>
        <location filename="../../gui/import_mapping_page.py" line="80"/>
        <source>Examples</source>
        <translation>Exempel</translation>
    </message>
    <message>
        <location filename="../../gui/import_mapping_page.py" line="80"/>
        <source>Goes to</source>
        <translation>Går till</translation>
    </message>
    <message>
        <location filename="../../gui/import_mapping_page.py" line="81"/>
        <source>How</source>
        <translation>Hur</translation>
    </message>
    <message>
        <location filename="../../gui/import_mapping_page.py" line="121"/>
        <source>(nothing: suggest from the column names)</source>
        <translation>(inget: föreslå utifrån kolumnnamnen)</translation>
    </message>
    <message>
        <location filename="../../gui/import_mapping_page.py" line="152"/>
        <source>its name</source>
        <translation>namnet</translation>
    </message>
    <message>
        <location filename="../../gui/import_mapping_page.py" line="152"/>
        <source>a known name</source>
        <translation>ett känt namn</translation>
    </message>
    <message>
        <location filename="../../gui/import_mapping_page.py" line="153"/>
        <source>a guess: check it</source>
        <translation>en gissning: kontrollera</translation>
    </message>
    <message>
        <location filename="../../gui/import_mapping_page.py" line="153"/>
        <source>last time</source>
        <translation>förra gången</translation>
    </message>
    <message>
        <location filename="../../gui/import_mapping_page.py" line="154"/>
        <location filename="../../gui/import_mapping_page.py" line="212"/>
        <location filename="../../gui/import_mapping_page.py" line="214"/>
        <source>your choice</source>
        <translation>ditt val</translation>
    </message>
    <message>
        <location filename="../../gui/import_mapping_page.py" line="154"/>
        <source>never imported</source>
        <translation>importeras aldrig</translation>
    </message>
    <message>
        <location filename="../../gui/import_mapping_page.py" line="177"/>
        <source>never imported ({kind} data)</source>
        <translation>importeras aldrig (känsliga uppgifter: {kind})</translation>
    </message>
    <message>
        <location filename="../../gui/import_mapping_page.py" line="239"/>
        <source>{n} columns imported, {m} not imported.</source>
        <translation>Kolumner som importeras: {n}, som inte importeras: {m}.</translation>
    </message>
    <message>
        <location filename="../../gui/import_mapping_page.py" line="244"/>
        <source>Choose the column that holds the e-mail addresses.</source>
        <translation>Välj kolumnen som innehåller e-postadresserna.</translation>
    </message>
    <message>
        <location filename="../../gui/import_mapping_page.py" line="247"/>
        <source>&apos;{header}&apos; looks like {kind} data: it is never imported.</source>
        <translation>”{header}” ser ut att innehålla känsliga uppgifter ({kind}): kolumnen importeras aldrig.</translation>
    </message>
</context>
<context>
    <name>OptoutModel</name>
    <message>
        <location filename="../../gui/optout_page.py" line="63"/>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../../gui/optout_page.py" line="64"/>
        <source>Address, domain or hash</source>
        <translation>Adress, domän eller hashvärde</translation>
    </message>
    <message>
        <location filename="../../gui/optout_page.py" line="65"/>
        <source>Reason</source>
        <translation>Skäl</translation>
    </message>
    <message>
        <location filename="../../gui/optout_page.py" line="66"/>
        <source>Origin</source>
        <translation>Ursprung</translation>
    </message>
    <message>
        <location filename="../../gui/optout_page.py" line="67"/>
        <source>Added</source>
        <translation>Tillagd</translation>
    </message>
</context>
<context>
    <name>OptoutPage</name>
    <message>
        <location filename="../../gui/optout_page.py" line="136"/>
        <source>Search an address, a domain, a hash or a file name</source>
        <translation>Sök en adress, en domän, ett hashvärde eller ett filnamn</translation>
    </message>
    <message>
        <location filename="../../gui/optout_page.py" line="139"/>
        <source>Every reason</source>
        <translation>Alla skäl</translation>
    </message>
    <message>
        <location filename="../../gui/optout_page.py" line="157"/>
        <source>Add addresses or domains…</source>
        <translation>Lägg till adresser eller domäner…</translation>
    </message>
    <message>
        <location filename="../../gui/optout_page.py" line="158"/>
        <source>Import a file…</source>
        <translation>Importera en fil…</translation>
    </message>
    <message>
        <location filename="../../gui/optout_page.py" line="159"/>
        <source>Import hashes…</source>
        <translation>Importera hashvärden…</translation>
    </message>
    <message>
        <location filename="../../gui/optout_page.py" line="160"/>
        <source>Export as SHA-256…</source>
        <translation>Exportera som SHA-256…</translation>
    </message>
    <message>
        <location filename="../../gui/optout_page.py" line="197"/>
        <source>{n} entries on the opt-out list. They are never removed automatically.</source>
        <translation>{n} poster på spärrlistan. De tas aldrig bort automatiskt.</translation>
    </message>
    <message>
        <location filename="../../gui/optout_page.py" line="205"/>
        <source>{n} opt-out entries</source>
        <translation>{n} poster på spärrlistan</translation>
    </message>
    <message>
        <location filename="../../gui/optout_page.py" line="209"/>
        <source>{n} matching</source>
        <translation>{n} matchar</translation>
    </message>
    <message>
        <location filename="../../gui/optout_page.py" line="217"/>
        <source>Reason</source>
        <translation>Skäl</translation>
    </message>
    <message>
        <location filename="../../gui/optout_page.py" line="218"/>
        <source>Why are these people on the list?</source>
        <translation>Varför står de här personerna på listan?</translation>
    </message>
    <message>
        <location filename="../../gui/optout_page.py" line="228"/>
        <source>Add to the opt-out list</source>
        <translation>Lägg till på spärrlistan</translation>
    </message>
    <message>
        <location filename="../../gui/optout_page.py" line="229"/>
        <source>Addresses, or whole domains written @example.com, one per line:</source>
        <translation>Adresser, eller hela domäner skrivna som @example.com, en per rad:</translation>
    </message>
    <message>
        <location filename="../../gui/optout_page.py" line="244"/>
        <source>{added} added, {already} already on the list.</source>
        <translation>Tillagda: {added}. Fanns redan på listan: {already}.</translation>
    </message>
    <message>
        <location filename="../../gui/optout_page.py" line="254"/>
        <source>Import an opt-out file</source>
        <translation>Importera en fil till spärrlistan</translation>
    </message>
    <message>
        <location filename="../../gui/optout_page.py" line="256"/>
        <source>Lists (*.csv *.txt *.tsv *.xlsx);;All files (*)</source>
        <translation>Listor (*.csv *.txt *.tsv *.xlsx);;Alla filer (*)</translation>
    </message>
    <message>
        <location filename="../../gui/optout_page.py" line="264"/>
        <source>Hashes</source>
        <translation>Hashvärden</translation>
    </message>
    <message>
        <location filename="../../gui/optout_page.py" line="265"/>
        <source>Which hashes does the file hold (first column)?</source>
        <translation>Vilken typ av hashvärden innehåller filen (första kolumnen)?</translation>
    </message>
    <message>
        <location filename="../../gui/optout_page.py" line="300"/>
        <source>{added} added, {already} already on the list, {skipped} values skipped (column “{column}”).</source>
        <translation>Tillagda: {added}. Fanns redan på listan: {already}. Överhoppade värden: {skipped} (kolumn ”{column}”).</translation>
    </message>
    <message>
        <location filename="../../gui/optout_page.py" line="309"/>
        <source>Read as our unsubscribe codes: {n} contacts found.</source>
        <translation>Lästes som våra avregistreringskoder: {n} kontakter hittades.</translation>
    </message>
    <message>
        <location filename="../../gui/optout_page.py" line="323"/>
        <source>Export the list as SHA-256 hashes</source>
        <translation>Exportera listan som SHA-256-hashvärden</translation>
    </message>
    <message>
        <location filename="../../gui/optout_page.py" line="325"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../gui/optout_page.py" line="339"/>
        <source>{domains} whole domains and {md5} MD5 hashes cannot be written as address hashes; give the domains to the provider separately.</source>
        <translation>{domains} hela domäner och {md5} MD5-hashvärden kan inte skrivas som adresshashvärden; lämna domänerna separat till leverantören.</translation>
    </message>
    <message>
        <location filename="../../gui/optout_page.py" line="344"/>
        <source>Opt-out list exported</source>
        <translation>Spärrlistan har exporterats</translation>
    </message>
    <message>
        <location filename="../../gui/optout_page.py" line="345"/>
        <source>{n} SHA-256 hashes written to {name}.</source>
        <translation>{n} SHA-256-hashvärden sparade i {name}.</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <location filename="../../gui/overview_page.py" line="148"/>
        <source>Overview</source>
        <translation>Översikt</translation>
    </message>
    <message>
        <location filename="../../gui/overview_page.py" line="153"/>
        <source>Counting…</source>
        <translation>Räknar…</translation>
    </message>
    <message>
        <location filename="../../gui/overview_page.py" line="156"/>
        <source>Review job titles…</source>
        <translation>Granska befattningar…</translation>
    </message>
    <message>
        <location filename="../../gui/overview_page.py" line="169"/>
        <source>Contacts per job function</source>
        <translation>Kontakter per funktion</translation>
    </message>
    <message>
        <location filename="../../gui/overview_page.py" line="172"/>
        <source>Contacts per seniority</source>
        <translation>Kontakter per befattningsnivå</translation>
    </message>
    <message>
        <location filename="../../gui/overview_page.py" line="178"/>
        <source>Click a bar to see those contacts.</source>
        <translation>Klicka på en stapel för att se de kontakterna.</translation>
    </message>
    <message>
        <location filename="../../gui/overview_page.py" line="228"/>
        <source>{n} contacts</source>
        <translation>{n} kontakter</translation>
    </message>
    <message>
        <location filename="../../gui/overview_page.py" line="258"/>
        <source>The workspace has no contacts yet: import a file to begin.</source>
        <translation>Arbetsytan har inga kontakter än: importera en fil för att börja.</translation>
    </message>
    <message>
        <location filename="../../gui/overview_page.py" line="260"/>
        <source>1 contact.</source>
        <translation>1 kontakt.</translation>
    </message>
    <message>
        <location filename="../../gui/overview_page.py" line="262"/>
        <source>{n} contacts.</source>
        <translation>{n} kontakter.</translation>
    </message>
    <message>
        <location filename="../../gui/overview_page.py" line="266"/>
        <source>{n} of them have a job title Clearlist could not fully classify ({titles} distinct titles): review the most common ones to place them.</source>
        <translation>{n} av dem har en befattning som Clearlist inte kunde klassificera helt ({titles} olika befattningar): granska de vanligaste för att placera dem.</translation>
    </message>
</context>
<context>
    <name>PersonPage</name>
    <message>
        <location filename="../../gui/person_page.py" line="68"/>
        <source>Find a person by e-mail address or name</source>
        <translation>Sök en person på e-postadress eller namn</translation>
    </message>
    <message>
        <location filename="../../gui/person_page.py" line="100"/>
        <source>Everything stored</source>
        <translation>Allt som finns lagrat</translation>
    </message>
    <message>
        <location filename="../../gui/person_page.py" line="101"/>
        <source>Correct the data</source>
        <translation>Rätta uppgifterna</translation>
    </message>
    <message>
        <location filename="../../gui/person_page.py" line="103"/>
        <source>Access report…</source>
        <translation>Registerutdrag…</translation>
    </message>
    <message>
        <location filename="../../gui/person_page.py" line="105"/>
        <source>Write the person&apos;s access report (GDPR art. 15) as PDF, HTML or JSON</source>
        <translation>Skapa personens registerutdrag (GDPR art. 15) som PDF, HTML eller JSON</translation>
    </message>
    <message>
        <location filename="../../gui/person_page.py" line="108"/>
        <source>Log a request…</source>
        <translation>Registrera en begäran…</translation>
    </message>
    <message>
        <location filename="../../gui/person_page.py" line="110"/>
        <source>Opt out (objection)</source>
        <translation>Spärra (invändning)</translation>
    </message>
    <message>
        <location filename="../../gui/person_page.py" line="112"/>
        <source>Put the address on the opt-out list now: no more marketing messages</source>
        <translation>Lägg adressen på spärrlistan nu: inga fler marknadsföringsutskick</translation>
    </message>
    <message>
        <location filename="../../gui/person_page.py" line="115"/>
        <source>Erase…</source>
        <translation>Radera…</translation>
    </message>
    <message>
        <location filename="../../gui/person_page.py" line="118"/>
        <source>Delete every trace of the person; keep only a fingerprint of the address</source>
        <translation>Radera alla spår av personen; behåll bara ett fingeravtryck av adressen</translation>
    </message>
    <message>
        <location filename="../../gui/person_page.py" line="154"/>
        <source>Type an address (or its beginning) or a name. A person who is only on the opt-out list is found by their full address.</source>
        <translation>Skriv en adress (eller början av den) eller ett namn. En person som bara finns på spärrlistan hittas med sin fullständiga adress.</translation>
    </message>
    <message>
        <location filename="../../gui/person_page.py" line="181"/>
        <source>{email} (opt-out list only)</source>
        <translation>{email} (bara på spärrlistan)</translation>
    </message>
    <message>
        <location filename="../../gui/person_page.py" line="185"/>
        <source>No one found.</source>
        <translation>Ingen hittades.</translation>
    </message>
    <message>
        <location filename="../../gui/person_page.py" line="205"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../gui/person_page.py" line="232"/>
        <source>No person chosen</source>
        <translation>Ingen person vald</translation>
    </message>
    <message>
        <location filename="../../gui/person_page.py" line="238"/>
        <source>Find a person on the left to see everything stored about them and to answer their requests.</source>
        <translation>Sök upp en person till vänster för att se allt som finns lagrat om personen och besvara personens begäranden.</translation>
    </message>
    <message>
        <location filename="../../gui/person_page.py" line="250"/>
        <source>On the opt-out list</source>
        <translation>På spärrlistan</translation>
    </message>
    <message>
        <location filename="../../gui/person_page.py" line="252"/>
        <source>Whole domain opted out</source>
        <translation>Hela domänen spärrad</translation>
    </message>
    <message>
        <location filename="../../gui/person_page.py" line="255"/>
        <source>{n} open request(s)</source>
        <translation>Pågående begäranden: {n}</translation>
    </message>
    <message>
        <location filename="../../gui/person_page.py" line="257"/>
        <source>Company role address (not personal data)</source>
        <translation>Funktionsadress i ett företag (inte personuppgifter)</translation>
    </message>
    <message>
        <location filename="../../gui/person_page.py" line="285"/>
        <source>A company role address: no retention limit.</source>
        <translation>En funktionsadress i ett företag: ingen begränsad lagringstid.</translation>
    </message>
    <message>
        <location filename="../../gui/person_page.py" line="287"/>
        <source>Kept until {date} (three years after {basis}, {start}).</source>
        <translation>Sparas till {date} (tre år efter {basis}, {start}).</translation>
    </message>
    <message>
        <location filename="../../gui/person_page.py" line="290"/>
        <source>collection</source>
        <translation>insamlingen</translation>
    </message>
    <message>
        <location filename="../../gui/person_page.py" line="291"/>
        <source>the person&apos;s last contact</source>
        <translation>personens senaste kontakt</translation>
    </message>
    <message>
        <location filename="../../gui/person_page.py" line="292"/>
        <source>the last purchase</source>
        <translation>det senaste köpet</translation>
    </message>
    <message>
        <location filename="../../gui/person_page.py" line="297"/>
        <source>No date to count from.</source>
        <translation>Inget datum att räkna från.</translation>
    </message>
    <message>
        <location filename="../../gui/person_page.py" line="312"/>
        <source>{date}: “{campaign}” for {tool} ({decision})</source>
        <translation>{date}: ”{campaign}” för {tool} ({decision})</translation>
    </message>
    <message>
        <location filename="../../gui/person_page.py" line="326"/>
        <source>{date}: {kind}, reason {reason}</source>
        <translation>{date}: {kind}, skäl: {reason}</translation>
    </message>
    <message>
        <location filename="../../gui/person_page.py" line="338"/>
        <source>Received {received}: {kind} — {status}, answer by {deadline}</source>
        <translation>Mottagen {received}: {kind} – {status}, svar senast {deadline}</translation>
    </message>
    <message>
        <location filename="../../gui/person_page.py" line="352"/>
        <source>Breach #{id}, noticed {date}</source>
        <translation>Personuppgiftsincident #{id}, upptäckt {date}</translation>
    </message>
    <message>
        <location filename="../../gui/person_page.py" line="369"/>
        <source>Save the access report</source>
        <translation>Spara registerutdraget</translation>
    </message>
    <message>
        <location filename="../../gui/person_page.py" line="371"/>
        <source>PDF (*.pdf);;Web page (*.html);;JSON (*.json)</source>
        <translation>PDF (*.pdf);;Webbsida (*.html);;JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../../gui/person_page.py" line="394"/>
        <source>Access report</source>
        <translation>Registerutdrag</translation>
    </message>
    <message>
        <location filename="../../gui/person_page.py" line="397"/>
        <source>Access report saved: {name}</source>
        <translation>Registerutdraget har sparats: {name}</translation>
    </message>
    <message>
        <location filename="../../gui/person_page.py" line="417"/>
        <location filename="../../gui/person_page.py" line="434"/>
        <source>Opt out</source>
        <translation>Spärra</translation>
    </message>
    <message>
        <location filename="../../gui/person_page.py" line="419"/>
        <source>Put {email} on the opt-out list now? No marketing message will be sent to this address again.</source>
        <translation>Vill du lägga {email} på spärrlistan nu? Inga fler marknadsföringsutskick skickas till den här adressen.</translation>
    </message>
    <message>
        <location filename="../../gui/person_page.py" line="436"/>
        <source>The address is on the opt-out list.</source>
        <translation>Adressen finns på spärrlistan.</translation>
    </message>
    <message>
        <location filename="../../gui/person_page.py" line="445"/>
        <location filename="../../gui/person_page.py" line="467"/>
        <location filename="../../gui/person_page.py" line="480"/>
        <source>Erase a person</source>
        <translation>Radera en person</translation>
    </message>
    <message>
        <location filename="../../gui/person_page.py" line="446"/>
        <source>Erase {email} everywhere?</source>
        <translation>Vill du radera {email} överallt?</translation>
    </message>
    <message>
        <location filename="../../gui/person_page.py" line="449"/>
        <source>The contact, its notes, its history, its export and breach links and its search entries are deleted for good. Only a fingerprint (SHA-256) of the address stays on the opt-out list, so that no later import brings the person back. This cannot be undone.</source>
        <translation>Kontakten, dess anteckningar, historik, kopplingar till exporter och personuppgiftsincidenter samt sökposter raderas för gott. Bara ett fingeravtryck (SHA-256) av adressen finns kvar på spärrlistan, så att ingen senare import för tillbaka personen. Det går inte att ångra.</translation>
    </message>
    <message>
        <location filename="../../gui/person_page.py" line="455"/>
        <source>Erase</source>
        <translation>Radera</translation>
    </message>
    <message>
        <location filename="../../gui/person_page.py" line="470"/>
        <source>The person was erased; only a fingerprint of the address is kept.</source>
        <translation>Personen har raderats; bara ett fingeravtryck av adressen sparas.</translation>
    </message>
    <message>
        <location filename="../../gui/person_page.py" line="473"/>
        <source>They were in files exported for: {tools}. Delete them in those tools too.</source>
        <translation>Personen fanns i filer som exporterats för: {tools}. Radera personen i de verktygen också.</translation>
    </message>
    <message>
        <location filename="../../gui/person_page.py" line="477"/>
        <source>Another task was reading the workspace, so old copies of the erased data remain in its journal until Clearlist is closed.</source>
        <translation>En annan uppgift läste arbetsytan, så gamla kopior av de raderade uppgifterna finns kvar i dess journal tills Clearlist stängs.</translation>
    </message>
    <message>
        <location filename="../../gui/person_page.py" line="491"/>
        <source>The correction was saved (and audited).</source>
        <translation>Rättelsen har sparats (och loggats).</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <location filename="../../gui/import_preview_page.py" line="40"/>
        <source>Preview</source>
        <translation>Förhandsgranskning</translation>
    </message>
    <message>
        <location filename="../../gui/import_preview_page.py" line="42"/>
        <source>What the import will do. Nothing is saved yet: check, then press Import.</source>
        <translation>Så här kommer importen att gå. Ingenting har sparats än: kontrollera och tryck sedan på Importera.</translation>
    </message>
    <message>
        <location filename="../../gui/import_preview_page.py" line="54"/>
        <source>Stop</source>
        <translation>Stoppa</translation>
    </message>
    <message>
        <location filename="../../gui/import_preview_page.py" line="62"/>
        <source>Rows in the file</source>
        <translation>Rader i filen</translation>
    </message>
    <message>
        <location filename="../../gui/import_preview_page.py" line="63"/>
        <source>New contacts</source>
        <translation>Nya kontakter</translation>
    </message>
    <message>
        <location filename="../../gui/import_preview_page.py" line="64"/>
        <source>Contacts already here, updated</source>
        <translation>Befintliga kontakter som uppdateras</translation>
    </message>
    <message>
        <location filename="../../gui/import_preview_page.py" line="65"/>
        <source>Duplicates (nothing to change)</source>
        <translation>Dubbletter (inget att ändra)</translation>
    </message>
    <message>
        <location filename="../../gui/import_preview_page.py" line="66"/>
        <source>On the opt-out list (never imported)</source>
        <translation>På spärrlistan (importeras aldrig)</translation>
    </message>
    <message>
        <location filename="../../gui/import_preview_page.py" line="67"/>
        <source>Rejected</source>
        <translation>Avvisade</translation>
    </message>
    <message>
        <location filename="../../gui/import_preview_page.py" line="86"/>
        <source>The first contacts, as they will be stored:</source>
        <translation>De första kontakterna, så som de kommer att lagras:</translation>
    </message>
    <message>
        <location filename="../../gui/import_preview_page.py" line="91"/>
        <source>Import</source>
        <translation>Importera</translation>
    </message>
    <message>
        <location filename="../../gui/import_preview_page.py" line="123"/>
        <source>This same file was already imported on {date} (batch {batch}, source &apos;{source}&apos;). Importing it again adds no new contacts; it links them to this source too.</source>
        <translation>Samma fil importerades redan {date} (omgång {batch}, källa ”{source}”). Om du importerar den igen tillkommer inga nya kontakter; de kopplas bara även till den här källan.</translation>
    </message>
    <message>
        <location filename="../../gui/import_preview_page.py" line="142"/>
        <source>{n} possible duplicates (same name and company, another address) will be kept apart, not merged.</source>
        <translation>{n} möjliga dubbletter (samma namn och företag, annan adress) hålls isär och slås inte ihop.</translation>
    </message>
    <message>
        <location filename="../../gui/import_preview_page.py" line="148"/>
        <source>{n} columns are not imported.</source>
        <translation>Kolumner som inte importeras: {n}.</translation>
    </message>
    <message>
        <location filename="../../gui/import_preview_page.py" line="168"/>
        <source>Preview stopped. Go back, or press Next to import.</source>
        <translation>Förhandsgranskningen stoppades. Gå tillbaka eller tryck på Nästa för att importera.</translation>
    </message>
</context>
<context>
    <name>RegisterPage</name>
    <message>
        <location filename="../../gui/register_page.py" line="72"/>
        <source>The record of processing activities the GDPR asks every business that manages prospects and customers to keep (article 30). Sections you have not edited follow the workspace: the sources in use, the tools lists were exported to, the kinds of data stored.</source>
        <translation>Det register över behandlingar som GDPR kräver att varje företag som hanterar potentiella kunder och kunder ska föra (artikel 30). Avsnitt som du inte har redigerat följer arbetsytan: de källor som används, de verktyg som listor har exporterats till och de typer av uppgifter som lagras.</translation>
    </message>
    <message>
        <location filename="../../gui/register_page.py" line="84"/>
        <source>Save</source>
        <translation>Spara</translation>
    </message>
    <message>
        <location filename="../../gui/register_page.py" line="87"/>
        <source>Export as HTML…</source>
        <translation>Exportera som HTML…</translation>
    </message>
    <message>
        <location filename="../../gui/register_page.py" line="89"/>
        <source>Export as PDF…</source>
        <translation>Exportera som PDF…</translation>
    </message>
    <message>
        <location filename="../../gui/register_page.py" line="92"/>
        <source>Language of the suggestions and the export:</source>
        <translation>Språk för förslagen och exporten:</translation>
    </message>
    <message>
        <location filename="../../gui/register_page.py" line="128"/>
        <source>your text (saved {date})</source>
        <translation>din text (sparad {date})</translation>
    </message>
    <message>
        <location filename="../../gui/register_page.py" line="131"/>
        <source>suggested from the workspace</source>
        <translation>förslag utifrån arbetsytan</translation>
    </message>
    <message>
        <location filename="../../gui/register_page.py" line="151"/>
        <source>The register was saved.</source>
        <translation>Registret har sparats.</translation>
    </message>
    <message>
        <location filename="../../gui/register_page.py" line="163"/>
        <location filename="../../gui/register_page.py" line="194"/>
        <source>Register</source>
        <translation>Behandlingsregister</translation>
    </message>
    <message>
        <location filename="../../gui/register_page.py" line="164"/>
        <source>Save your changes to the register?</source>
        <translation>Vill du spara dina ändringar i registret?</translation>
    </message>
    <message>
        <location filename="../../gui/register_page.py" line="173"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../gui/register_page.py" line="173"/>
        <source>Web page (*.html)</source>
        <translation>Webbsida (*.html)</translation>
    </message>
    <message>
        <location filename="../../gui/register_page.py" line="176"/>
        <source>Export the register</source>
        <translation>Exportera registret</translation>
    </message>
    <message>
        <location filename="../../gui/register_page.py" line="190"/>
        <source>Register of processing activities</source>
        <translation>Register över behandlingar</translation>
    </message>
    <message>
        <location filename="../../gui/register_page.py" line="197"/>
        <source>The register was exported to {name}</source>
        <translation>Registret har exporterats till {name}</translation>
    </message>
</context>
<context>
    <name>ReportOptionsDialog</name>
    <message>
        <location filename="../../gui/report_options_dialog.py" line="27"/>
        <source>Access report</source>
        <translation>Registerutdrag</translation>
    </message>
    <message>
        <location filename="../../gui/report_options_dialog.py" line="34"/>
        <source>None</source>
        <translation>Ingen</translation>
    </message>
    <message>
        <location filename="../../gui/report_options_dialog.py" line="38"/>
        <source>Access request received {date}</source>
        <translation>Begäran om tillgång mottagen {date}</translation>
    </message>
    <message>
        <location filename="../../gui/report_options_dialog.py" line="46"/>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <location filename="../../gui/report_options_dialog.py" line="47"/>
        <source>Answers the request</source>
        <translation>Besvarar begäran</translation>
    </message>
</context>
<context>
    <name>RequestCloseDialog</name>
    <message>
        <location filename="../../gui/request_close_dialog.py" line="33"/>
        <location filename="../../gui/request_close_dialog.py" line="59"/>
        <source>Close the request</source>
        <translation>Avsluta begäran</translation>
    </message>
    <message>
        <location filename="../../gui/request_close_dialog.py" line="35"/>
        <source>Answered</source>
        <translation>Besvarad</translation>
    </message>
    <message>
        <location filename="../../gui/request_close_dialog.py" line="36"/>
        <source>Refused (say why)</source>
        <translation>Avslagen (ange varför)</translation>
    </message>
    <message>
        <location filename="../../gui/request_close_dialog.py" line="39"/>
        <source>What was done, or why the request is refused (the person must be told)</source>
        <translation>Vad som gjordes, eller varför begäran avslås (personen måste informeras)</translation>
    </message>
    <message>
        <location filename="../../gui/request_close_dialog.py" line="43"/>
        <source>e.g. access-report.pdf</source>
        <translation>t.ex. registerutdrag.pdf</translation>
    </message>
    <message>
        <location filename="../../gui/request_close_dialog.py" line="54"/>
        <source>Result</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <location filename="../../gui/request_close_dialog.py" line="55"/>
        <source>Outcome</source>
        <translation>Utfall</translation>
    </message>
    <message>
        <location filename="../../gui/request_close_dialog.py" line="56"/>
        <source>File sent</source>
        <translation>Skickad fil</translation>
    </message>
    <message>
        <location filename="../../gui/request_close_dialog.py" line="57"/>
        <source>Closed on</source>
        <translation>Avslutad den</translation>
    </message>
</context>
<context>
    <name>RequestDialog</name>
    <message>
        <location filename="../../gui/request_dialog.py" line="57"/>
        <source>Log a request</source>
        <translation>Registrera en begäran</translation>
    </message>
    <message>
        <location filename="../../gui/request_dialog.py" line="64"/>
        <source>name@example.com</source>
        <translation>namn@example.com</translation>
    </message>
    <message>
        <location filename="../../gui/request_dialog.py" line="73"/>
        <source>e.g. the request came from the address we hold; ID card seen</source>
        <translation>t.ex. begäran kom från adressen vi har registrerad; id-handling uppvisad</translation>
    </message>
    <message>
        <location filename="../../gui/request_dialog.py" line="82"/>
        <source>Request</source>
        <translation>Begäran</translation>
    </message>
    <message>
        <location filename="../../gui/request_dialog.py" line="83"/>
        <source>Person&apos;s e-mail address</source>
        <translation>Personens e-postadress</translation>
    </message>
    <message>
        <location filename="../../gui/request_dialog.py" line="84"/>
        <source>Received on</source>
        <translation>Mottagen den</translation>
    </message>
    <message>
        <location filename="../../gui/request_dialog.py" line="85"/>
        <source>How identity was checked</source>
        <translation>Hur identiteten kontrollerades</translation>
    </message>
    <message>
        <location filename="../../gui/request_dialog.py" line="86"/>
        <source>Answer by</source>
        <translation>Svar senast</translation>
    </message>
    <message>
        <location filename="../../gui/request_dialog.py" line="88"/>
        <source>Log the request</source>
        <translation>Registrera begäran</translation>
    </message>
    <message>
        <location filename="../../gui/request_dialog.py" line="102"/>
        <source>{date} (one month; can be extended by two months if you tell the person within the first month)</source>
        <translation>{date} (en månad; kan förlängas med två månader om du meddelar personen inom den första månaden)</translation>
    </message>
</context>
<context>
    <name>RequestExtendDialog</name>
    <message>
        <location filename="../../gui/request_extend_dialog.py" line="31"/>
        <source>Extend the deadline</source>
        <translation>Förläng tidsfristen</translation>
    </message>
    <message>
        <location filename="../../gui/request_extend_dialog.py" line="36"/>
        <source>The answer may take two more months (until {later}) for a complex request, provided the person is told, with the reasons, within the first month (by {first}).</source>
        <translation>Vid en komplicerad begäran får svaret dröja två månader till (till {later}), förutsatt att personen får veta det, med skälen, inom den första månaden (senast {first}).</translation>
    </message>
    <message>
        <location filename="../../gui/request_extend_dialog.py" line="53"/>
        <source>The person was told on</source>
        <translation>Personen informerades den</translation>
    </message>
    <message>
        <location filename="../../gui/request_extend_dialog.py" line="55"/>
        <source>Extend</source>
        <translation>Förläng</translation>
    </message>
</context>
<context>
    <name>RequestsPage</name>
    <message>
        <location filename="../../gui/requests_page.py" line="50"/>
        <source>Open requests</source>
        <translation>Pågående begäranden</translation>
    </message>
    <message>
        <location filename="../../gui/requests_page.py" line="51"/>
        <source>Overdue or due this week</source>
        <translation>Försenade eller med svarsfrist i veckan</translation>
    </message>
    <message>
        <location filename="../../gui/requests_page.py" line="52"/>
        <source>All requests</source>
        <translation>Alla begäranden</translation>
    </message>
    <message>
        <location filename="../../gui/requests_page.py" line="60"/>
        <source>Received</source>
        <translation>Mottagen</translation>
    </message>
    <message>
        <location filename="../../gui/requests_page.py" line="61"/>
        <source>Request</source>
        <translation>Begäran</translation>
    </message>
    <message>
        <location filename="../../gui/requests_page.py" line="62"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../gui/requests_page.py" line="63"/>
        <source>Identity checked by</source>
        <translation>Identitet kontrollerad genom</translation>
    </message>
    <message>
        <location filename="../../gui/requests_page.py" line="64"/>
        <source>Answer by</source>
        <translation>Svar senast</translation>
    </message>
    <message>
        <location filename="../../gui/requests_page.py" line="65"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../gui/requests_page.py" line="66"/>
        <source>Outcome</source>
        <translation>Utfall</translation>
    </message>
    <message>
        <location filename="../../gui/requests_page.py" line="67"/>
        <source>File sent</source>
        <translation>Skickad fil</translation>
    </message>
    <message>
        <location filename="../../gui/requests_page.py" line="80"/>
        <source>New request…</source>
        <translation>Ny begäran…</translation>
    </message>
    <message>
        <location filename="../../gui/requests_page.py" line="82"/>
        <source>Extend the deadline…</source>
        <translation>Förläng tidsfristen…</translation>
    </message>
    <message>
        <location filename="../../gui/requests_page.py" line="84"/>
        <source>Close…</source>
        <translation>Avsluta…</translation>
    </message>
    <message>
        <location filename="../../gui/requests_page.py" line="86"/>
        <source>Open the person</source>
        <translation>Öppna personen</translation>
    </message>
    <message>
        <location filename="../../gui/requests_page.py" line="113"/>
        <source>open</source>
        <translation>pågående</translation>
    </message>
    <message>
        <location filename="../../gui/requests_page.py" line="114"/>
        <source>answered</source>
        <translation>besvarad</translation>
    </message>
    <message>
        <location filename="../../gui/requests_page.py" line="115"/>
        <source>refused</source>
        <translation>avslagen</translation>
    </message>
    <message>
        <location filename="../../gui/requests_page.py" line="120"/>
        <source>(no contact: erased or unknown)</source>
        <translation>(ingen kontakt: raderad eller okänd)</translation>
    </message>
    <message>
        <location filename="../../gui/requests_page.py" line="125"/>
        <source>(extended)</source>
        <translation>(förlängd)</translation>
    </message>
    <message>
        <location filename="../../gui/requests_page.py" line="128"/>
        <source>OVERDUE</source>
        <translation>FÖRSENAD</translation>
    </message>
    <message>
        <location filename="../../gui/requests_page.py" line="130"/>
        <source>due this week</source>
        <translation>svarsfrist i veckan</translation>
    </message>
    <message>
        <location filename="../../gui/requests_page.py" line="151"/>
        <source>{overdue} overdue, {soon} due this week</source>
        <translation>Försenade: {overdue}, svarsfrist i veckan: {soon}</translation>
    </message>
    <message>
        <location filename="../../gui/requests_page.py" line="184"/>
        <source>The request was logged.</source>
        <translation>Begäran har registrerats.</translation>
    </message>
    <message>
        <location filename="../../gui/requests_page.py" line="217"/>
        <source>Requests</source>
        <translation>Begäranden</translation>
    </message>
</context>
<context>
    <name>RetentionModel</name>
    <message>
        <location filename="../../gui/retention_page.py" line="53"/>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <location filename="../../gui/retention_page.py" line="54"/>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location filename="../../gui/retention_page.py" line="55"/>
        <source>Company</source>
        <translation>Företag</translation>
    </message>
    <message>
        <location filename="../../gui/retention_page.py" line="56"/>
        <source>Kept until</source>
        <translation>Sparas till</translation>
    </message>
    <message>
        <location filename="../../gui/retention_page.py" line="57"/>
        <source>Counted from</source>
        <translation>Räknat från</translation>
    </message>
    <message>
        <location filename="../../gui/retention_page.py" line="81"/>
        <source>collection on {date}</source>
        <translation>insamlingen {date}</translation>
    </message>
    <message>
        <location filename="../../gui/retention_page.py" line="82"/>
        <source>their last contact on {date}</source>
        <translation>senaste kontakten {date}</translation>
    </message>
    <message>
        <location filename="../../gui/retention_page.py" line="83"/>
        <source>their last purchase on {date}</source>
        <translation>senaste köpet {date}</translation>
    </message>
</context>
<context>
    <name>RetentionPage</name>
    <message>
        <location filename="../../gui/retention_page.py" line="116"/>
        <source>A prospect&apos;s data is kept three years from its collection or from the last contact coming from the person (a reply, an order, a click), whichever is later; a customer&apos;s, three years after the last purchase. The opt-out list is never purged.</source>
        <translation>En potentiell kunds uppgifter sparas i tre år från insamlingen eller från personens senaste egna kontakt (ett svar, en beställning, ett klick), beroende på vilket som är senast; en kunds uppgifter i tre år efter det senaste köpet. Spärrlistan rensas aldrig.</translation>
    </message>
    <message>
        <location filename="../../gui/retention_page.py" line="135"/>
        <source>Ended</source>
        <translation>Löpt ut</translation>
    </message>
    <message>
        <location filename="../../gui/retention_page.py" line="136"/>
        <source>Ending within 60 days</source>
        <translation>Löper ut inom 60 dagar</translation>
    </message>
    <message>
        <location filename="../../gui/retention_page.py" line="138"/>
        <source>Check again</source>
        <translation>Kontrollera igen</translation>
    </message>
    <message>
        <location filename="../../gui/retention_page.py" line="140"/>
        <source>Delete the ended contacts…</source>
        <translation>Ta bort kontakter med utgången lagringstid…</translation>
    </message>
    <message>
        <location filename="../../gui/retention_page.py" line="143"/>
        <source>Save the list ending soon (CSV)…</source>
        <translation>Spara dem som snart löper ut (CSV)…</translation>
    </message>
    <message>
        <location filename="../../gui/retention_page.py" line="145"/>
        <source>Write them to a file, to ask them whether they are still interested</source>
        <translation>Spara dem i en fil för att fråga om de fortfarande är intresserade</translation>
    </message>
    <message>
        <location filename="../../gui/retention_page.py" line="190"/>
        <source>Checking every contact&apos;s retention period…</source>
        <translation>Kontrollerar varje kontakts lagringstid…</translation>
    </message>
    <message>
        <location filename="../../gui/retention_page.py" line="210"/>
        <source>Ended ({n})</source>
        <translation>Löpt ut ({n})</translation>
    </message>
    <message>
        <location filename="../../gui/retention_page.py" line="212"/>
        <source>Ending within 60 days ({n})</source>
        <translation>Löper ut inom 60 dagar ({n})</translation>
    </message>
    <message>
        <location filename="../../gui/retention_page.py" line="215"/>
        <source>{ended} contacts&apos; retention period has ended; {soon} more end within 60 days.</source>
        <translation>Kontakter vars lagringstid har löpt ut: {ended}; som löper ut inom 60 dagar: {soon}.</translation>
    </message>
    <message>
        <location filename="../../gui/retention_page.py" line="231"/>
        <source>Delete the ended contacts</source>
        <translation>Ta bort kontakter med utgången lagringstid</translation>
    </message>
    <message>
        <location filename="../../gui/retention_page.py" line="233"/>
        <source>Delete the {n} contacts whose retention period has ended? Their data is deleted for good (the opt-out list stays as it is). Each one is checked again first, so a contact who came back in touch since is kept.</source>
        <translation>Vill du ta bort de {n} kontakter vars lagringstid har löpt ut? Deras uppgifter raderas för gott (spärrlistan lämnas orörd). Varje kontakt kontrolleras först igen, så en kontakt som har hört av sig sedan dess behålls.</translation>
    </message>
    <message>
        <location filename="../../gui/retention_page.py" line="244"/>
        <source>Deleting…</source>
        <translation>Tar bort…</translation>
    </message>
    <message>
        <location filename="../../gui/retention_page.py" line="266"/>
        <source>{n} contacts deleted.</source>
        <translation>Borttagna kontakter: {n}.</translation>
    </message>
    <message>
        <location filename="../../gui/retention_page.py" line="283"/>
        <source>Save the list ending soon</source>
        <translation>Spara kontakterna som snart löper ut</translation>
    </message>
    <message>
        <location filename="../../gui/retention_page.py" line="285"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../gui/retention_page.py" line="298"/>
        <source>Retention</source>
        <translation>Lagringstid</translation>
    </message>
    <message>
        <location filename="../../gui/retention_page.py" line="301"/>
        <source>{n} contacts written to {name}</source>
        <translation>{n} kontakter sparade i {name}</translation>
    </message>
</context>
<context>
    <name>RunPage</name>
    <message>
        <location filename="../../gui/import_run_page.py" line="19"/>
        <source>Importing</source>
        <translation>Importerar</translation>
    </message>
    <message>
        <location filename="../../gui/import_run_page.py" line="21"/>
        <source>One import is all or nothing: if you cancel, the workspace stays as it was.</source>
        <translation>En import genomförs helt eller inte alls: om du avbryter förblir arbetsytan som den var.</translation>
    </message>
    <message>
        <location filename="../../gui/import_run_page.py" line="25"/>
        <source>Cancel the import</source>
        <translation>Avbryt importen</translation>
    </message>
    <message>
        <location filename="../../gui/import_run_page.py" line="48"/>
        <source>Reading, checking and storing the contacts…</source>
        <translation>Läser, kontrollerar och lagrar kontakterna…</translation>
    </message>
    <message>
        <location filename="../../gui/import_run_page.py" line="66"/>
        <source>Cancelling: putting everything back as it was…</source>
        <translation>Avbryter: återställer allt som det var…</translation>
    </message>
    <message>
        <location filename="../../gui/import_run_page.py" line="79"/>
        <source>Nothing was imported.</source>
        <translation>Ingenting importerades.</translation>
    </message>
    <message>
        <location filename="../../gui/import_run_page.py" line="83"/>
        <source>The import was cancelled: nothing was imported.</source>
        <translation>Importen avbröts: ingenting importerades.</translation>
    </message>
</context>
<context>
    <name>SegmentEditor</name>
    <message>
        <location filename="../../gui/segment_editor.py" line="184"/>
        <source>Segment “{name}”</source>
        <translation>Segment ”{name}”</translation>
    </message>
    <message>
        <location filename="../../gui/segment_editor.py" line="186"/>
        <source>New segment</source>
        <translation>Nytt segment</translation>
    </message>
    <message>
        <location filename="../../gui/segment_editor.py" line="198"/>
        <source>e.g. Finance directors in France</source>
        <translation>t.ex. Ekonomichefer i Sverige</translation>
    </message>
    <message>
        <location filename="../../gui/segment_editor.py" line="215"/>
        <source>part of the company name</source>
        <translation>del av företagsnamnet</translation>
    </message>
    <message>
        <location filename="../../gui/segment_editor.py" line="217"/>
        <source>any of these tags, separated by ;</source>
        <translation>någon av dessa taggar, åtskilda med ;</translation>
    </message>
    <message>
        <location filename="../../gui/segment_editor.py" line="220"/>
        <source>words in names, company, e-mail address or job title</source>
        <translation>ord i namn, företag, e-postadress eller befattning</translation>
    </message>
    <message>
        <location filename="../../gui/segment_editor.py" line="223"/>
        <source>Any</source>
        <translation>Oavsett</translation>
    </message>
    <message>
        <location filename="../../gui/segment_editor.py" line="224"/>
        <source>Consent recorded with its proof (date and source)</source>
        <translation>Samtycke registrerat med bevis (datum och källa)</translation>
    </message>
    <message>
        <location filename="../../gui/segment_editor.py" line="225"/>
        <source>No consent with proof</source>
        <translation>Inget samtycke med bevis</translation>
    </message>
    <message>
        <location filename="../../gui/segment_editor.py" line="229"/>
        <source>Who</source>
        <translation>Vem</translation>
    </message>
    <message>
        <location filename="../../gui/segment_editor.py" line="231"/>
        <source>Job function:</source>
        <translation>Funktion:</translation>
    </message>
    <message>
        <location filename="../../gui/segment_editor.py" line="232"/>
        <source>Seniority:</source>
        <translation>Befattningsnivå:</translation>
    </message>
    <message>
        <location filename="../../gui/segment_editor.py" line="233"/>
        <source>Audience:</source>
        <translation>Målgrupp:</translation>
    </message>
    <message>
        <location filename="../../gui/segment_editor.py" line="234"/>
        <source>Country:</source>
        <translation>Land:</translation>
    </message>
    <message>
        <location filename="../../gui/segment_editor.py" line="235"/>
        <source>Company:</source>
        <translation>Företag:</translation>
    </message>
    <message>
        <location filename="../../gui/segment_editor.py" line="236"/>
        <source>Tags:</source>
        <translation>Taggar:</translation>
    </message>
    <message>
        <location filename="../../gui/segment_editor.py" line="237"/>
        <source>Text:</source>
        <translation>Text:</translation>
    </message>
    <message>
        <location filename="../../gui/segment_editor.py" line="238"/>
        <source>Source and lawful basis</source>
        <translation>Källa och rättslig grund</translation>
    </message>
    <message>
        <location filename="../../gui/segment_editor.py" line="240"/>
        <source>Lawful basis:</source>
        <translation>Rättslig grund:</translation>
    </message>
    <message>
        <location filename="../../gui/segment_editor.py" line="241"/>
        <source>Consent:</source>
        <translation>Samtycke:</translation>
    </message>
    <message>
        <location filename="../../gui/segment_editor.py" line="242"/>
        <source>Source type:</source>
        <translation>Typ av källa:</translation>
    </message>
    <message>
        <location filename="../../gui/segment_editor.py" line="243"/>
        <source>Import batch:</source>
        <translation>Importomgång:</translation>
    </message>
    <message>
        <location filename="../../gui/segment_editor.py" line="244"/>
        <source>Dates</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../gui/segment_editor.py" line="246"/>
        <source>Collected:</source>
        <translation>Insamlad:</translation>
    </message>
    <message>
        <location filename="../../gui/segment_editor.py" line="247"/>
        <source>Last inbound contact:</source>
        <translation>Senaste inkommande kontakt:</translation>
    </message>
    <message>
        <location filename="../../gui/segment_editor.py" line="250"/>
        <source>A contact is in the segment when it meets every criterion you set; inside one criterion, any ticked value will do. Criteria left empty keep everyone.</source>
        <translation>En kontakt ingår i segmentet när den uppfyller alla kriterier du anger; inom ett kriterium räcker något av de markerade värdena. Tomma kriterier utesluter ingen.</translation>
    </message>
    <message>
        <location filename="../../gui/segment_editor.py" line="279"/>
        <source>Delete segment…</source>
        <translation>Ta bort segment…</translation>
    </message>
    <message>
        <location filename="../../gui/segment_editor.py" line="282"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location filename="../../gui/segment_editor.py" line="284"/>
        <source>Save</source>
        <translation>Spara</translation>
    </message>
    <message>
        <location filename="../../gui/segment_editor.py" line="290"/>
        <source>Name:</source>
        <translation>Namn:</translation>
    </message>
    <message>
        <location filename="../../gui/segment_editor.py" line="340"/>
        <source>#{id} {name} ({type}, {date})</source>
        <translation>#{id} {name} ({type}, {date})</translation>
    </message>
    <message>
        <location filename="../../gui/segment_editor.py" line="351"/>
        <source>#{id} (undone)</source>
        <translation>#{id} (ångrad)</translation>
    </message>
    <message>
        <location filename="../../gui/segment_editor.py" line="404"/>
        <source>Collected</source>
        <translation>Insamlad</translation>
    </message>
    <message>
        <location filename="../../gui/segment_editor.py" line="405"/>
        <source>Last inbound contact</source>
        <translation>Senaste inkommande kontakt</translation>
    </message>
    <message>
        <location filename="../../gui/segment_editor.py" line="410"/>
        <source>{what}: the “from” date is after the “to” date, so no contact can match.</source>
        <translation>{what}: ”från”-datumet ligger efter ”till”-datumet, så ingen kontakt kan matcha.</translation>
    </message>
    <message>
        <location filename="../../gui/segment_editor.py" line="417"/>
        <location filename="../../gui/segment_editor.py" line="429"/>
        <source>Counting…</source>
        <translation>Räknar…</translation>
    </message>
    <message>
        <location filename="../../gui/segment_editor.py" line="439"/>
        <source>1 contact of {total} matches</source>
        <translation>1 kontakt av {total} matchar</translation>
    </message>
    <message>
        <location filename="../../gui/segment_editor.py" line="441"/>
        <source>{n} contacts of {total} match</source>
        <translation>{n} kontakter av {total} matchar</translation>
    </message>
    <message>
        <location filename="../../gui/segment_editor.py" line="447"/>
        <source>The contacts could not be counted.</source>
        <translation>Kontakterna kunde inte räknas.</translation>
    </message>
    <message>
        <location filename="../../gui/segment_editor.py" line="458"/>
        <source>Give the segment a name.</source>
        <translation>Ge segmentet ett namn.</translation>
    </message>
    <message>
        <location filename="../../gui/segment_editor.py" line="483"/>
        <source>Delete segment</source>
        <translation>Ta bort segment</translation>
    </message>
    <message>
        <location filename="../../gui/segment_editor.py" line="485"/>
        <source>Delete the segment “{name}”? Only the saved filter goes; no contact is deleted.</source>
        <translation>Vill du ta bort segmentet ”{name}”? Bara det sparade filtret försvinner; inga kontakter tas bort.</translation>
    </message>
</context>
<context>
    <name>SegmentsSidebar</name>
    <message>
        <location filename="../../gui/segments_sidebar.py" line="53"/>
        <source>Segments</source>
        <translation>Segment</translation>
    </message>
    <message>
        <location filename="../../gui/segments_sidebar.py" line="60"/>
        <location filename="../../gui/segments_sidebar.py" line="224"/>
        <source>New segment…</source>
        <translation>Nytt segment…</translation>
    </message>
    <message>
        <location filename="../../gui/segments_sidebar.py" line="80"/>
        <source>Save a filter (job function, country, source, …) as a segment with +.</source>
        <translation>Spara ett filter (funktion, land, källa …) som ett segment med +.</translation>
    </message>
    <message>
        <location filename="../../gui/segments_sidebar.py" line="182"/>
        <location filename="../../gui/segments_sidebar.py" line="192"/>
        <source>Rename segment</source>
        <translation>Byt namn på segment</translation>
    </message>
    <message>
        <location filename="../../gui/segments_sidebar.py" line="183"/>
        <source>New name for “{name}”:</source>
        <translation>Nytt namn för ”{name}”:</translation>
    </message>
    <message>
        <location filename="../../gui/segments_sidebar.py" line="202"/>
        <source>Delete segment</source>
        <translation>Ta bort segment</translation>
    </message>
    <message>
        <location filename="../../gui/segments_sidebar.py" line="204"/>
        <source>Delete the segment “{name}”? Only the saved filter goes; no contact is deleted.</source>
        <translation>Vill du ta bort segmentet ”{name}”? Bara det sparade filtret försvinner; inga kontakter tas bort.</translation>
    </message>
    <message>
        <location filename="../../gui/segments_sidebar.py" line="219"/>
        <source>Show its contacts</source>
        <translation>Visa segmentets kontakter</translation>
    </message>
    <message>
        <location filename="../../gui/segments_sidebar.py" line="220"/>
        <source>Edit…</source>
        <translation>Redigera…</translation>
    </message>
    <message>
        <location filename="../../gui/segments_sidebar.py" line="221"/>
        <source>Rename…</source>
        <translation>Byt namn…</translation>
    </message>
    <message>
        <location filename="../../gui/segments_sidebar.py" line="222"/>
        <source>Delete…</source>
        <translation>Ta bort…</translation>
    </message>
</context>
<context>
    <name>SheetPage</name>
    <message>
        <location filename="../../gui/import_sheet_page.py" line="31"/>
        <source>Sheet and header</source>
        <translation>Blad och rubrikrad</translation>
    </message>
    <message>
        <location filename="../../gui/import_sheet_page.py" line="34"/>
        <source>Check that the right sheet is read and which row holds the column names (titles above the table are skipped).</source>
        <translation>Kontrollera att rätt blad läses och vilken rad som innehåller kolumnnamnen (rubriker ovanför tabellen hoppas över).</translation>
    </message>
    <message>
        <location filename="../../gui/import_sheet_page.py" line="40"/>
        <source>Sheet</source>
        <translation>Blad</translation>
    </message>
    <message>
        <location filename="../../gui/import_sheet_page.py" line="45"/>
        <source>Column names are in</source>
        <translation>Kolumnnamnen finns på</translation>
    </message>
    <message>
        <location filename="../../gui/import_sheet_page.py" line="79"/>
        <source>No row: the first row is already a contact</source>
        <translation>Ingen rad: första raden är redan en kontakt</translation>
    </message>
    <message>
        <location filename="../../gui/import_sheet_page.py" line="82"/>
        <source>Row {n}: {cells}</source>
        <translation>Rad {n}: {cells}</translation>
    </message>
    <message>
        <location filename="../../gui/import_sheet_page.py" line="115"/>
        <source>The first {n} rows; {columns} columns.</source>
        <translation>De första {n} raderna; {columns} kolumner.</translation>
    </message>
</context>
<context>
    <name>SourcePage</name>
    <message>
        <location filename="../../gui/import_source_page.py" line="30"/>
        <source>consent</source>
        <translation>samtycke</translation>
    </message>
    <message>
        <location filename="../../gui/import_source_page.py" line="31"/>
        <source>legitimate interest</source>
        <translation>berättigat intresse</translation>
    </message>
    <message>
        <location filename="../../gui/import_source_page.py" line="32"/>
        <source>contract</source>
        <translation>avtal</translation>
    </message>
    <message>
        <location filename="../../gui/import_source_page.py" line="39"/>
        <source>Where do these contacts come from?</source>
        <translation>Var kommer kontakterna ifrån?</translation>
    </message>
    <message>
        <location filename="../../gui/import_source_page.py" line="42"/>
        <source>The law asks you to know where each address comes from and why you may write to it. Answer in your own words; Clearlist keeps the answers with every contact.</source>
        <translation>Enligt lagen ska du veta var varje adress kommer ifrån och varför du får skriva till den. Svara med egna ord; Clearlist sparar svaren med varje kontakt.</translation>
    </message>
    <message>
        <location filename="../../gui/import_source_page.py" line="49"/>
        <source>Where do they come from?</source>
        <translation>Var kommer de ifrån?</translation>
    </message>
    <message>
        <location filename="../../gui/import_source_page.py" line="54"/>
        <source>Your own web form or sign-up page</source>
        <translation>Ditt eget webbformulär eller din egen anmälningssida</translation>
    </message>
    <message>
        <location filename="../../gui/import_source_page.py" line="55"/>
        <source>A trade show, an event or business cards</source>
        <translation>En mässa, ett evenemang eller visitkort</translation>
    </message>
    <message>
        <location filename="../../gui/import_source_page.py" line="56"/>
        <source>Your customers (people or firms who bought from you)</source>
        <translation>Dina kunder (personer eller företag som har köpt av dig)</translation>
    </message>
    <message>
        <location filename="../../gui/import_source_page.py" line="57"/>
        <source>Bought from a provider</source>
        <translation>Köpta från en leverantör</translation>
    </message>
    <message>
        <location filename="../../gui/import_source_page.py" line="58"/>
        <source>Rented from a provider</source>
        <translation>Hyrda från en leverantör</translation>
    </message>
    <message>
        <location filename="../../gui/import_source_page.py" line="59"/>
        <source>Collected from public websites</source>
        <translation>Insamlade från offentliga webbplatser</translation>
    </message>
    <message>
        <location filename="../../gui/import_source_page.py" line="60"/>
        <source>Given by a partner</source>
        <translation>Från en partner</translation>
    </message>
    <message>
        <location filename="../../gui/import_source_page.py" line="74"/>
        <source>Which one, precisely?</source>
        <translation>Vilken, mer exakt?</translation>
    </message>
    <message>
        <location filename="../../gui/import_source_page.py" line="75"/>
        <source>When did you get them?</source>
        <translation>När fick du dem?</translation>
    </message>
    <message>
        <location filename="../../gui/import_source_page.py" line="81"/>
        <source>Are they businesses or consumers?</source>
        <translation>Är de företag eller konsumenter?</translation>
    </message>
    <message>
        <location filename="../../gui/import_source_page.py" line="82"/>
        <source>Businesses (people at work)</source>
        <translation>Företag (personer i sin yrkesroll)</translation>
    </message>
    <message>
        <location filename="../../gui/import_source_page.py" line="83"/>
        <source>Consumers (private persons)</source>
        <translation>Konsumenter (privatpersoner)</translation>
    </message>
    <message>
        <location filename="../../gui/import_source_page.py" line="84"/>
        <source>Both: the file says which</source>
        <translation>Båda: filen anger vilket</translation>
    </message>
    <message>
        <location filename="../../gui/import_source_page.py" line="86"/>
        <source>Did they agree to receive marketing e-mails?</source>
        <translation>Har de samtyckt till marknadsföring via e-post?</translation>
    </message>
    <message>
        <location filename="../../gui/import_source_page.py" line="91"/>
        <location filename="../../gui/import_source_page.py" line="117"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location filename="../../gui/import_source_page.py" line="91"/>
        <location filename="../../gui/import_source_page.py" line="117"/>
        <source>No</source>
        <translation>Nej</translation>
    </message>
    <message>
        <location filename="../../gui/import_source_page.py" line="91"/>
        <location filename="../../gui/import_source_page.py" line="117"/>
        <source>I don&apos;t know</source>
        <translation>Vet inte</translation>
    </message>
    <message>
        <location filename="../../gui/import_source_page.py" line="97"/>
        <source>e.g. ticked a box on our newsletter form, since March 2024</source>
        <translation>t.ex. kryssade i en ruta i vårt formulär för nyhetsbrev, sedan mars 2024</translation>
    </message>
    <message>
        <location filename="../../gui/import_source_page.py" line="100"/>
        <source>When and how?</source>
        <translation>När och hur?</translation>
    </message>
    <message>
        <location filename="../../gui/import_source_page.py" line="104"/>
        <source>The provider can prove that each person agreed to their address being passed on to companies like mine</source>
        <translation>Leverantören kan visa att varje person har samtyckt till att adressen lämnas vidare till företag som mitt</translation>
    </message>
    <message>
        <location filename="../../gui/import_source_page.py" line="114"/>
        <source>When their address was collected, were they told it would be used for prospecting, and could they object?</source>
        <translation>Fick de veta när adressen samlades in att den skulle användas för marknadsföring, och kunde de invända?</translation>
    </message>
    <message>
        <location filename="../../gui/import_source_page.py" line="120"/>
        <source>If a contact is already in the workspace:</source>
        <translation>Om en kontakt redan finns i arbetsytan:</translation>
    </message>
    <message>
        <location filename="../../gui/import_source_page.py" line="122"/>
        <source>fill in only its empty fields</source>
        <translation>fyll bara i dess tomma fält</translation>
    </message>
    <message>
        <location filename="../../gui/import_source_page.py" line="123"/>
        <source>leave it as it is</source>
        <translation>lämna den som den är</translation>
    </message>
    <message>
        <location filename="../../gui/import_source_page.py" line="124"/>
        <source>replace its fields with the file&apos;s</source>
        <translation>ersätt dess fält med filens</translation>
    </message>
    <message>
        <location filename="../../gui/import_source_page.py" line="207"/>
        <source>the form, e.g. &apos;Newsletter sign-up on acme.fr&apos;</source>
        <translation>formuläret, t.ex. ”Anmälan till nyhetsbrev på acme.se”</translation>
    </message>
    <message>
        <location filename="../../gui/import_source_page.py" line="208"/>
        <source>the event, e.g. &apos;Salon RH Paris, March 2026&apos;</source>
        <translation>evenemanget, t.ex. ”HR-mässan Stockholm, mars 2026”</translation>
    </message>
    <message>
        <location filename="../../gui/import_source_page.py" line="209"/>
        <source>e.g. &apos;Web shop customers&apos;</source>
        <translation>t.ex. ”Kunder i webbutiken”</translation>
    </message>
    <message>
        <location filename="../../gui/import_source_page.py" line="210"/>
        <source>the provider and the list, e.g. &apos;Kompass, IT managers FR&apos;</source>
        <translation>leverantören och listan, t.ex. ”Kompass, IT-chefer SE”</translation>
    </message>
    <message>
        <location filename="../../gui/import_source_page.py" line="211"/>
        <source>the provider and the list</source>
        <translation>leverantören och listan</translation>
    </message>
    <message>
        <location filename="../../gui/import_source_page.py" line="212"/>
        <source>the websites, e.g. &apos;company websites, LinkedIn&apos;</source>
        <translation>webbplatserna, t.ex. ”företagens webbplatser, LinkedIn”</translation>
    </message>
    <message>
        <location filename="../../gui/import_source_page.py" line="213"/>
        <source>the partner&apos;s name</source>
        <translation>partnerns namn</translation>
    </message>
    <message>
        <location filename="../../gui/import_source_page.py" line="221"/>
        <source>Choose where the contacts come from.</source>
        <translation>Välj var kontakterna kommer ifrån.</translation>
    </message>
    <message>
        <location filename="../../gui/import_source_page.py" line="223"/>
        <source>Say precisely which one: it is named in the notice people receive.</source>
        <translation>Ange exakt vilken: den nämns i informationen som personerna får.</translation>
    </message>
    <message>
        <location filename="../../gui/import_source_page.py" line="244"/>
        <source>&lt;b&gt;Clearlist will record:&lt;/b&gt; source &apos;{name}&apos;, lawful basis: {basis}, informed at collection: {informed}.</source>
        <translation>&lt;b&gt;Clearlist registrerar:&lt;/b&gt; källa ”{name}”, rättslig grund: {basis}, informerad vid insamling: {informed}.</translation>
    </message>
    <message>
        <location filename="../../gui/import_source_page.py" line="249"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../../gui/import_source_page.py" line="249"/>
        <source>no</source>
        <translation>nej</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <location filename="../../gui/import_summary_page.py" line="35"/>
        <source>Done</source>
        <translation>Klart</translation>
    </message>
    <message>
        <location filename="../../gui/import_summary_page.py" line="44"/>
        <source>Save the rejected rows…</source>
        <translation>Spara de avvisade raderna…</translation>
    </message>
    <message>
        <location filename="../../gui/import_summary_page.py" line="46"/>
        <location filename="../../gui/import_summary_page.py" line="140"/>
        <source>Undo this import</source>
        <translation>Ångra den här importen</translation>
    </message>
    <message>
        <location filename="../../gui/import_summary_page.py" line="64"/>
        <source>&lt;b&gt;Batch {batch}&lt;/b&gt;: {rows} rows read.</source>
        <translation>&lt;b&gt;Omgång {batch}&lt;/b&gt;: {rows} rader lästa.</translation>
    </message>
    <message>
        <location filename="../../gui/import_summary_page.py" line="68"/>
        <source>{imported} new contacts, {updated} updated, {duplicates} duplicates, {suppressed} left out because they are on the opt-out list, {rejected} rejected.</source>
        <translation>Nya kontakter: {imported}, uppdaterade: {updated}, dubbletter: {duplicates}, utelämnade eftersom de står på spärrlistan: {suppressed}, avvisade: {rejected}.</translation>
    </message>
    <message>
        <location filename="../../gui/import_summary_page.py" line="85"/>
        <source>{n} possible duplicates (same name and company, another address) were kept apart: review them in the contacts list.</source>
        <translation>{n} möjliga dubbletter (samma namn och företag, annan adress) hölls isär: granska dem i kontaktlistan.</translation>
    </message>
    <message>
        <location filename="../../gui/import_summary_page.py" line="94"/>
        <source>No row was rejected.</source>
        <translation>Ingen rad avvisades.</translation>
    </message>
    <message>
        <location filename="../../gui/import_summary_page.py" line="99"/>
        <source>Rejected rows ({reasons}). The first of them:</source>
        <translation>Avvisade rader ({reasons}). De första:</translation>
    </message>
    <message>
        <location filename="../../gui/import_summary_page.py" line="105"/>
        <source>Row</source>
        <translation>Rad</translation>
    </message>
    <message>
        <location filename="../../gui/import_summary_page.py" line="105"/>
        <source>Reason</source>
        <translation>Skäl</translation>
    </message>
    <message>
        <location filename="../../gui/import_summary_page.py" line="119"/>
        <source>Save the rejected rows</source>
        <translation>Spara de avvisade raderna</translation>
    </message>
    <message>
        <location filename="../../gui/import_summary_page.py" line="119"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../gui/import_summary_page.py" line="132"/>
        <source>The rejected rows were saved to {path}.</source>
        <translation>De avvisade raderna har sparats i {path}.</translation>
    </message>
    <message>
        <location filename="../../gui/import_summary_page.py" line="142"/>
        <source>Remove the {n} contacts this import created, put back the fields it changed and remove its source from the others?</source>
        <translation>Vill du ta bort de {n} kontakter som importen skapade, återställa fälten den ändrade och ta bort dess källa från övriga kontakter?</translation>
    </message>
    <message>
        <location filename="../../gui/import_summary_page.py" line="163"/>
        <source>The import was undone: {removed} contacts removed, {restored} put back as they were, {conflicts} fields edited since were left as they are.</source>
        <translation>Importen har ångrats. Borttagna kontakter: {removed}; återställda: {restored}; fält som redigerats sedan dess och lämnats orörda: {conflicts}.</translation>
    </message>
</context>
<context>
    <name>TitlesPage</name>
    <message>
        <location filename="../../gui/title_review_page.py" line="65"/>
        <source>Job titles to review</source>
        <translation>Befattningar att granska</translation>
    </message>
    <message>
        <location filename="../../gui/title_review_page.py" line="70"/>
        <source>Reading the job titles…</source>
        <translation>Läser befattningarna…</translation>
    </message>
    <message>
        <location filename="../../gui/title_review_page.py" line="78"/>
        <source>Job title</source>
        <translation>Befattning</translation>
    </message>
    <message>
        <location filename="../../gui/title_review_page.py" line="79"/>
        <source>Contacts</source>
        <translation>Kontakter</translation>
    </message>
    <message>
        <location filename="../../gui/title_review_page.py" line="80"/>
        <source>Running share</source>
        <translation>Ack. andel</translation>
    </message>
    <message>
        <location filename="../../gui/title_review_page.py" line="81"/>
        <source>Read as: function</source>
        <translation>Tolkad funktion</translation>
    </message>
    <message>
        <location filename="../../gui/title_review_page.py" line="82"/>
        <source>Read as: seniority</source>
        <translation>Tolkad nivå</translation>
    </message>
    <message>
        <location filename="../../gui/title_review_page.py" line="100"/>
        <source>Choose a title</source>
        <translation>Välj en befattning</translation>
    </message>
    <message>
        <location filename="../../gui/title_review_page.py" line="111"/>
        <location filename="../../gui/title_review_page.py" line="295"/>
        <source>Apply</source>
        <translation>Tillämpa</translation>
    </message>
    <message>
        <location filename="../../gui/title_review_page.py" line="120"/>
        <source>Function:</source>
        <translation>Funktion:</translation>
    </message>
    <message>
        <location filename="../../gui/title_review_page.py" line="121"/>
        <source>Seniority:</source>
        <translation>Befattningsnivå:</translation>
    </message>
    <message>
        <location filename="../../gui/title_review_page.py" line="126"/>
        <source>The rule applies to every contact with this title (however it is written: capitals, accents, “(H/F)”), except those whose function was set by hand, and to every contact imported or edited later.</source>
        <translation>Regeln gäller alla kontakter med den här befattningen (oavsett hur den skrivs: versaler, accenter, ”(H/F)”) utom dem vars funktion har angetts manuellt, och alla kontakter som importeras eller redigeras senare.</translation>
    </message>
    <message>
        <location filename="../../gui/title_review_page.py" line="140"/>
        <source>Title (as compared)</source>
        <translation>Befattning (jämförd form)</translation>
    </message>
    <message>
        <location filename="../../gui/title_review_page.py" line="140"/>
        <source>Function</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <location filename="../../gui/title_review_page.py" line="140"/>
        <source>Seniority</source>
        <translation>Befattningsnivå</translation>
    </message>
    <message>
        <location filename="../../gui/title_review_page.py" line="148"/>
        <location filename="../../gui/title_review_page.py" line="343"/>
        <source>Remove rule</source>
        <translation>Ta bort regel</translation>
    </message>
    <message>
        <location filename="../../gui/title_review_page.py" line="150"/>
        <source>Re-classify all contacts</source>
        <translation>Klassificera om alla kontakter</translation>
    </message>
    <message>
        <location filename="../../gui/title_review_page.py" line="153"/>
        <source>Derive every function and seniority again from the job titles, with your rules (functions set by hand are kept).</source>
        <translation>Härled alla funktioner och befattningsnivåer på nytt från befattningarna, med dina regler (funktioner som angetts manuellt behålls).</translation>
    </message>
    <message>
        <location filename="../../gui/title_review_page.py" line="158"/>
        <source>Your rules</source>
        <translation>Dina regler</translation>
    </message>
    <message>
        <location filename="../../gui/title_review_page.py" line="214"/>
        <source>(and 1 other spelling)</source>
        <translation>(och 1 annan stavning)</translation>
    </message>
    <message>
        <location filename="../../gui/title_review_page.py" line="216"/>
        <source>(and {n} other spellings)</source>
        <translation>(och {n} andra stavningar)</translation>
    </message>
    <message>
        <location filename="../../gui/title_review_page.py" line="250"/>
        <source>Every job title is classified: each contact with a title has a function and a seniority.</source>
        <translation>Alla befattningar är klassificerade: varje kontakt med en befattning har en funktion och en befattningsnivå.</translation>
    </message>
    <message>
        <location filename="../../gui/title_review_page.py" line="254"/>
        <source>{n} contacts have a job title Clearlist could not fully classify, under {titles} distinct titles.</source>
        <translation>{n} kontakter har en befattning som Clearlist inte kunde klassificera helt, fördelat på {titles} olika befattningar.</translation>
    </message>
    <message>
        <location filename="../../gui/title_review_page.py" line="258"/>
        <source>The {shown} most common, below, cover {share} of them.</source>
        <translation>De {shown} vanligaste, nedan, täcker {share} av dem.</translation>
    </message>
    <message>
        <location filename="../../gui/title_review_page.py" line="265"/>
        <source>Choose a function and a seniority for a title to place all its contacts at once.</source>
        <translation>Välj funktion och befattningsnivå för en befattning för att placera alla dess kontakter på en gång.</translation>
    </message>
    <message>
        <location filename="../../gui/title_review_page.py" line="272"/>
        <source>{n} titles to review</source>
        <translation>{n} befattningar att granska</translation>
    </message>
    <message>
        <location filename="../../gui/title_review_page.py" line="293"/>
        <source>Choose a title in the list</source>
        <translation>Välj en befattning i listan</translation>
    </message>
    <message>
        <location filename="../../gui/title_review_page.py" line="297"/>
        <source>Every “{title}” is:</source>
        <translation>Varje ”{title}” är:</translation>
    </message>
    <message>
        <location filename="../../gui/title_review_page.py" line="299"/>
        <source>Clearlist reads it now as {function} / {seniority}.</source>
        <translation>Clearlist tolkar den nu som {function} / {seniority}.</translation>
    </message>
    <message>
        <location filename="../../gui/title_review_page.py" line="306"/>
        <source>Apply to 1 contact</source>
        <translation>Tillämpa på 1 kontakt</translation>
    </message>
    <message>
        <location filename="../../gui/title_review_page.py" line="308"/>
        <source>Apply to {n} contacts</source>
        <translation>Tillämpa på {n} kontakter</translation>
    </message>
    <message>
        <location filename="../../gui/title_review_page.py" line="331"/>
        <source>Rule saved for “{title}”: {n} contacts changed.</source>
        <translation>Regel sparad för ”{title}”; ändrade kontakter: {n}.</translation>
    </message>
    <message>
        <location filename="../../gui/title_review_page.py" line="345"/>
        <source>Remove the rule for “{title}”? Its contacts go back to what Clearlist reads from the title.</source>
        <translation>Vill du ta bort regeln för ”{title}”? Kontakterna återgår till det som Clearlist läser ut av befattningen.</translation>
    </message>
    <message>
        <location filename="../../gui/title_review_page.py" line="355"/>
        <source>Rule removed for “{title}”: {n} contacts changed.</source>
        <translation>Regel borttagen för ”{title}”; ändrade kontakter: {n}.</translation>
    </message>
    <message>
        <location filename="../../gui/title_review_page.py" line="365"/>
        <source>Every contact re-classified: {n} changed.</source>
        <translation>Alla kontakter omklassificerade; ändrade: {n}.</translation>
    </message>
    <message>
        <location filename="../../gui/title_review_page.py" line="373"/>
        <source>Applying…</source>
        <translation>Tillämpar…</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../../gui/unlock_dialog.py" line="51"/>
        <source>Create a workspace</source>
        <translation>Skapa en arbetsyta</translation>
    </message>
    <message>
        <location filename="../../gui/unlock_dialog.py" line="51"/>
        <source>Unlock the workspace</source>
        <translation>Lås upp arbetsytan</translation>
    </message>
    <message>
        <location filename="../../gui/unlock_dialog.py" line="61"/>
        <source>No system keyring is available to keep this workspace&apos;s key, so it will be protected by a passphrase. Choose one of at least {n} characters: you will need it each time you open Clearlist, and nobody can recover it for you.</source>
        <translation>Det finns ingen nyckelring i systemet som kan förvara arbetsytans nyckel, så den skyddas i stället med en lösenfras. Välj en med minst {n} tecken: du behöver den varje gång du öppnar Clearlist, och ingen kan återskapa den åt dig.</translation>
    </message>
    <message>
        <location filename="../../gui/unlock_dialog.py" line="68"/>
        <source>This workspace is locked with a passphrase. Enter it to open it.</source>
        <translation>Den här arbetsytan är låst med en lösenfras. Ange lösenfrasen för att öppna den.</translation>
    </message>
    <message>
        <location filename="../../gui/unlock_dialog.py" line="70"/>
        <source>Workspace: {path}</source>
        <translation>Arbetsyta: {path}</translation>
    </message>
    <message>
        <location filename="../../gui/unlock_dialog.py" line="82"/>
        <source>Passphrase:</source>
        <translation>Lösenfras:</translation>
    </message>
    <message>
        <location filename="../../gui/unlock_dialog.py" line="84"/>
        <source>Again:</source>
        <translation>Igen:</translation>
    </message>
    <message>
        <location filename="../../gui/unlock_dialog.py" line="96"/>
        <source>Create</source>
        <translation>Skapa</translation>
    </message>
    <message>
        <location filename="../../gui/unlock_dialog.py" line="96"/>
        <source>Unlock</source>
        <translation>Lås upp</translation>
    </message>
    <message>
        <location filename="../../gui/unlock_dialog.py" line="123"/>
        <source>This passphrase does not open the workspace. Check it (capital letters count) and try again. If it still fails, the file may not be a Clearlist workspace.</source>
        <translation>Lösenfrasen öppnar inte arbetsytan. Kontrollera den (skillnad görs på versaler och gemener) och försök igen. Om det fortfarande inte fungerar är filen kanske inte en Clearlist-arbetsyta.</translation>
    </message>
    <message>
        <location filename="../../gui/unlock_dialog.py" line="140"/>
        <source>Enter the passphrase.</source>
        <translation>Ange lösenfrasen.</translation>
    </message>
    <message>
        <location filename="../../gui/unlock_dialog.py" line="143"/>
        <source>Use at least {n} characters.</source>
        <translation>Använd minst {n} tecken.</translation>
    </message>
    <message>
        <location filename="../../gui/unlock_dialog.py" line="145"/>
        <source>The two passphrases differ: type the same one twice.</source>
        <translation>Lösenfraserna är olika: skriv samma lösenfras två gånger.</translation>
    </message>
</context>
<context>
    <name>_SectionEditor</name>
    <message>
        <location filename="../../gui/register_page.py" line="47"/>
        <source>Use the suggestion</source>
        <translation>Använd förslaget</translation>
    </message>
    <message>
        <location filename="../../gui/register_page.py" line="48"/>
        <source>Forget your text: the register follows the workspace</source>
        <translation>Ta bort din text; registret följer då arbetsytan</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../gui/app.py" line="145"/>
        <location filename="../../gui/app.py" line="155"/>
        <source>Clearlist</source>
        <translation>Clearlist</translation>
    </message>
    <message>
        <location filename="../../gui/app.py" line="146"/>
        <source>Clearlist cannot open the workspace.</source>
        <translation>Clearlist kan inte öppna arbetsytan.</translation>
    </message>
    <message>
        <location filename="../../gui/app.py" line="148"/>
        <source>File: {path}</source>
        <translation>Fil: {path}</translation>
    </message>
</context>
<context>
    <name>export</name>
    <message>
        <location filename="../../gui/export_chart.py" line="24"/>
        <source>On the opt-out list</source>
        <translation>På spärrlistan</translation>
    </message>
    <message>
        <location filename="../../gui/export_chart.py" line="25"/>
        <source>Domain opted out</source>
        <translation>Domänen spärrad</translation>
    </message>
    <message>
        <location filename="../../gui/export_chart.py" line="26"/>
        <source>Kept too long (3 years)</source>
        <translation>Sparad för länge (3 år)</translation>
    </message>
    <message>
        <location filename="../../gui/export_chart.py" line="27"/>
        <source>No consent</source>
        <translation>Samtycke saknas</translation>
    </message>
    <message>
        <location filename="../../gui/export_chart.py" line="28"/>
        <source>Topic unrelated</source>
        <translation>Ämnet saknar relevans</translation>
    </message>
    <message>
        <location filename="../../gui/export_chart.py" line="29"/>
        <source>Notice needed</source>
        <translation>Information krävs</translation>
    </message>
    <message>
        <location filename="../../gui/export_chart.py" line="30"/>
        <source>Invalid address</source>
        <translation>Ogiltig adress</translation>
    </message>
</context>
<context>
    <name>fields</name>
    <message>
        <location filename="../../gui/contact_model.py" line="38"/>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <location filename="../../gui/contact_model.py" line="39"/>
        <source>First name</source>
        <translation>Förnamn</translation>
    </message>
    <message>
        <location filename="../../gui/contact_model.py" line="40"/>
        <source>Last name</source>
        <translation>Efternamn</translation>
    </message>
    <message>
        <location filename="../../gui/contact_model.py" line="41"/>
        <source>Company</source>
        <translation>Företag</translation>
    </message>
    <message>
        <location filename="../../gui/contact_model.py" line="42"/>
        <source>Job title</source>
        <translation>Befattning</translation>
    </message>
    <message>
        <location filename="../../gui/contact_model.py" line="43"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../gui/contact_model.py" line="44"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location filename="../../gui/contact_model.py" line="45"/>
        <source>Audience</source>
        <translation>Målgrupp</translation>
    </message>
    <message>
        <location filename="../../gui/contact_model.py" line="46"/>
        <source>Sole trader</source>
        <translation>Enskild firma</translation>
    </message>
    <message>
        <location filename="../../gui/contact_model.py" line="47"/>
        <source>Lawful basis</source>
        <translation>Rättslig grund</translation>
    </message>
    <message>
        <location filename="../../gui/contact_model.py" line="48"/>
        <source>Consent date</source>
        <translation>Samtyckesdatum</translation>
    </message>
    <message>
        <location filename="../../gui/contact_model.py" line="49"/>
        <source>Consent source</source>
        <translation>Samtyckeskälla</translation>
    </message>
    <message>
        <location filename="../../gui/contact_model.py" line="50"/>
        <source>Consent wording</source>
        <translation>Samtyckestext</translation>
    </message>
    <message>
        <location filename="../../gui/contact_model.py" line="51"/>
        <source>Consent method</source>
        <translation>Samtyckesmetod</translation>
    </message>
    <message>
        <location filename="../../gui/contact_model.py" line="52"/>
        <source>Informed at collection</source>
        <translation>Informerad vid insamling</translation>
    </message>
    <message>
        <location filename="../../gui/contact_model.py" line="53"/>
        <source>Customer since</source>
        <translation>Kund sedan</translation>
    </message>
    <message>
        <location filename="../../gui/contact_model.py" line="54"/>
        <source>Last purchase</source>
        <translation>Senaste köp</translation>
    </message>
    <message>
        <location filename="../../gui/contact_model.py" line="55"/>
        <source>Product category</source>
        <translation>Produktkategori</translation>
    </message>
    <message>
        <location filename="../../gui/contact_model.py" line="56"/>
        <source>Collected on</source>
        <translation>Insamlad den</translation>
    </message>
    <message>
        <location filename="../../gui/contact_model.py" line="57"/>
        <source>Notice sent</source>
        <translation>Information skickad</translation>
    </message>
    <message>
        <location filename="../../gui/contact_model.py" line="58"/>
        <source>Last inbound contact</source>
        <translation>Senaste inkommande kontakt</translation>
    </message>
    <message>
        <location filename="../../gui/contact_model.py" line="59"/>
        <source>Function</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <location filename="../../gui/contact_model.py" line="60"/>
        <source>Seniority</source>
        <translation>Befattningsnivå</translation>
    </message>
    <message>
        <location filename="../../gui/contact_model.py" line="61"/>
        <source>Notes</source>
        <translation>Anteckningar</translation>
    </message>
    <message>
        <location filename="../../gui/contact_model.py" line="62"/>
        <source>Tags</source>
        <translation>Taggar</translation>
    </message>
    <message>
        <location filename="../../gui/contact_model.py" line="63"/>
        <source>Added</source>
        <translation>Tillagd</translation>
    </message>
</context>
<context>
    <name>i18n</name>
    <message>
        <location filename="../../gui/i18n.py" line="32"/>
        <source>System ({language})</source>
        <translation>Systemets språk ({language})</translation>
    </message>
</context>
<context>
    <name>import</name>
    <message>
        <location filename="../../gui/import_common.py" line="49"/>
        <source>— not imported —</source>
        <translation>— importeras inte —</translation>
    </message>
</context>
<context>
    <name>requests</name>
    <message>
        <location filename="../../gui/request_dialog.py" line="32"/>
        <source>Access (a copy of their data)</source>
        <translation>Registerutdrag (en kopia av sina uppgifter)</translation>
    </message>
    <message>
        <location filename="../../gui/request_dialog.py" line="33"/>
        <source>Rectification (correct their data)</source>
        <translation>Rättelse (rätta sina uppgifter)</translation>
    </message>
    <message>
        <location filename="../../gui/request_dialog.py" line="36"/>
        <source>Erasure (delete their data)</source>
        <translation>Radering (radera sina uppgifter)</translation>
    </message>
    <message>
        <location filename="../../gui/request_dialog.py" line="37"/>
        <source>Objection (no more marketing)</source>
        <translation>Invändning (ingen mer marknadsföring)</translation>
    </message>
</context>
<context>
    <name>values</name>
    <message>
        <location filename="../../gui/contact_model.py" line="67"/>
        <source>B2B</source>
        <translation>B2B</translation>
    </message>
    <message>
        <location filename="../../gui/contact_model.py" line="68"/>
        <source>B2C</source>
        <translation>B2C</translation>
    </message>
    <message>
        <location filename="../../gui/contact_model.py" line="69"/>
        <source>Consent</source>
        <translation>Samtycke</translation>
    </message>
    <message>
        <location filename="../../gui/contact_model.py" line="70"/>
        <source>Legitimate interest</source>
        <translation>Berättigat intresse</translation>
    </message>
    <message>
        <location filename="../../gui/contact_model.py" line="71"/>
        <source>Contract</source>
        <translation>Avtal</translation>
    </message>
    <message>
        <location filename="../../gui/contact_model.py" line="72"/>
        <source>Executive</source>
        <translation>Ledning</translation>
    </message>
    <message>
        <location filename="../../gui/contact_model.py" line="73"/>
        <source>Sales</source>
        <translation>Försäljning</translation>
    </message>
    <message>
        <location filename="../../gui/contact_model.py" line="74"/>
        <source>Marketing</source>
        <translation>Marknadsföring</translation>
    </message>
    <message>
        <location filename="../../gui/contact_model.py" line="75"/>
        <source>HR</source>
        <translation>HR</translation>
    </message>
    <message>
        <location filename="../../gui/contact_model.py" line="76"/>
        <source>Finance</source>
        <translation>Ekonomi</translation>
    </message>
    <message>
        <location filename="../../gui/contact_model.py" line="77"/>
        <source>IT</source>
        <translation>IT</translation>
    </message>
    <message>
        <location filename="../../gui/contact_model.py" line="78"/>
        <source>Operations</source>
        <translation>Drift</translation>
    </message>
    <message>
        <location filename="../../gui/contact_model.py" line="79"/>
        <source>Purchasing</source>
        <translation>Inköp</translation>
    </message>
    <message>
        <location filename="../../gui/contact_model.py" line="80"/>
        <source>Legal</source>
        <translation>Juridik</translation>
    </message>
    <message>
        <location filename="../../gui/contact_model.py" line="81"/>
        <source>Engineering</source>
        <translation>Teknik</translation>
    </message>
    <message>
        <location filename="../../gui/contact_model.py" line="82"/>
        <source>Customer service</source>
        <translation>Kundtjänst</translation>
    </message>
    <message>
        <location filename="../../gui/contact_model.py" line="83"/>
        <source>Other</source>
        <translation>Övrigt</translation>
    </message>
    <message>
        <location filename="../../gui/contact_model.py" line="84"/>
        <source>Owner / executive</source>
        <translation>Ägare / ledning</translation>
    </message>
    <message>
        <location filename="../../gui/contact_model.py" line="85"/>
        <source>Director</source>
        <translation>Direktör</translation>
    </message>
    <message>
        <location filename="../../gui/contact_model.py" line="86"/>
        <source>Manager</source>
        <translation>Chef</translation>
    </message>
    <message>
        <location filename="../../gui/contact_model.py" line="87"/>
        <source>Staff</source>
        <translation>Medarbetare</translation>
    </message>
    <message>
        <location filename="../../gui/contact_model.py" line="88"/>
        <source>Assistant</source>
        <translation>Assistent</translation>
    </message>
    <message>
        <location filename="../../gui/contact_model.py" line="89"/>
        <source>Unknown</source>
        <translation>Okänd</translation>
    </message>
    <message>
        <location filename="../../gui/contact_model.py" line="90"/>
        <source>Own form</source>
        <translation>Eget formulär</translation>
    </message>
    <message>
        <location filename="../../gui/contact_model.py" line="91"/>
        <source>Trade show</source>
        <translation>Mässa</translation>
    </message>
    <message>
        <location filename="../../gui/contact_model.py" line="92"/>
        <source>Customer</source>
        <translation>Kund</translation>
    </message>
    <message>
        <location filename="../../gui/contact_model.py" line="93"/>
        <source>Purchased list</source>
        <translation>Köpt lista</translation>
    </message>
    <message>
        <location filename="../../gui/contact_model.py" line="94"/>
        <source>Rented list</source>
        <translation>Hyrd lista</translation>
    </message>
    <message>
        <location filename="../../gui/contact_model.py" line="95"/>
        <source>Public web</source>
        <translation>Offentlig webb</translation>
    </message>
    <message>
        <location filename="../../gui/contact_model.py" line="96"/>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <location filename="../../gui/contact_model.py" line="97"/>
        <source>Manual</source>
        <translation>Manuell</translation>
    </message>
    <message>
        <location filename="../../gui/contact_model.py" line="98"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location filename="../../gui/contact_model.py" line="99"/>
        <source>No</source>
        <translation>Nej</translation>
    </message>
</context>
<context>
    <name>workers</name>
    <message>
        <location filename="../../gui/workers.py" line="186"/>
        <source>Something went wrong inside Clearlist; nothing was changed. The details are in the log file; please report them.</source>
        <translation>Något gick fel i Clearlist; ingenting har ändrats. Detaljerna finns i loggfilen – rapportera dem gärna.</translation>
    </message>
    <message>
        <location filename="../../gui/workers.py" line="195"/>
        <source>Clearlist</source>
        <translation>Clearlist</translation>
    </message>
</context>
</TS>
