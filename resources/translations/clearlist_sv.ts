<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE">
<context>
    <name>AuditModel</name>
    <message>
        <location filename="../../gui/audit_page.py" line="74"/>
        <source>#</source>
        <translation>Nr</translation>
    </message>
    <message>
        <location filename="../../gui/audit_page.py" line="75"/>
        <source>When (UTC)</source>
        <translation>Tidpunkt (UTC)</translation>
    </message>
    <message>
        <location filename="../../gui/audit_page.py" line="76"/>
        <source>Action</source>
        <translation>Händelse</translation>
    </message>
    <message>
        <location filename="../../gui/audit_page.py" line="77"/>
        <source>On</source>
        <translation>Avser</translation>
    </message>
    <message>
        <location filename="../../gui/audit_page.py" line="78"/>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <location filename="../../gui/audit_page.py" line="79"/>
        <source>Details</source>
        <translation>Detaljer</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <location filename="../../gui/audit_page.py" line="109"/>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <location filename="../../gui/audit_page.py" line="112"/>
        <source>word in the details</source>
        <translation>ord i detaljerna</translation>
    </message>
    <message>
        <location filename="../../gui/audit_page.py" line="113"/>
        <source>from</source>
        <translation>från</translation>
    </message>
    <message>
        <location filename="../../gui/audit_page.py" line="115"/>
        <source>to</source>
        <translation>till</translation>
    </message>
    <message>
        <location filename="../../gui/audit_page.py" line="117"/>
        <source>Show</source>
        <translation>Visa</translation>
    </message>
    <message>
        <location filename="../../gui/audit_page.py" line="142"/>
        <source>Check the chain</source>
        <translation>Kontrollera kedjan</translation>
    </message>
    <message>
        <location filename="../../gui/audit_page.py" line="144"/>
        <source>Recompute every entry&apos;s hash: a changed or removed entry shows here</source>
        <translation>Beräkna om varje posts hashvärde: en ändrad eller borttagen post visas här</translation>
    </message>
    <message>
        <location filename="../../gui/audit_page.py" line="149"/>
        <source>Action:</source>
        <translation>Händelse:</translation>
    </message>
    <message>
        <location filename="../../gui/audit_page.py" line="165"/>
        <source>Every change is recorded here, append-only: entries cannot be edited or deleted, and each carries the fingerprint of the one before.</source>
        <translation>Varje ändring registreras här och loggen kan bara fyllas på: poster kan inte ändras eller raderas, och varje post bär den föregående postens fingeravtryck.</translation>
    </message>
    <message>
        <location filename="../../gui/audit_page.py" line="190"/>
        <source>all</source>
        <translation>alla</translation>
    </message>
    <message>
        <location filename="../../gui/audit_page.py" line="194"/>
        <source>{family}* (all)</source>
        <translation>{family}* (alla)</translation>
    </message>
    <message>
        <location filename="../../gui/audit_page.py" line="214"/>
        <source>{n} entries</source>
        <translation>{n} poster</translation>
    </message>
    <message>
        <location filename="../../gui/audit_page.py" line="225"/>
        <source>The chain of {n} entries is intact.</source>
        <translation>Kedjan med {n} poster är intakt.</translation>
    </message>
    <message>
        <location filename="../../gui/audit_page.py" line="231"/>
        <source>The chain is broken at entry #{id}: that entry or the one before it was changed or removed outside Clearlist.</source>
        <translation>Kedjan är bruten vid post #{id}: den posten eller posten före den har ändrats eller tagits bort utanför Clearlist.</translation>
    </message>
</context>
<context>
    <name>BackupPage</name>
    <message>
        <location filename="../../gui/backup_page.py" line="44"/>
        <source>A backup is a copy of the whole workspace, encrypted with the same key. Keep it on another disk or a USB key. To restore it, this workspace&apos;s key is needed (the system keyring entry, or the passphrase).</source>
        <translation>En säkerhetskopia är en kopia av hela arbetsytan, krypterad med samma nyckel. Förvara den på en annan disk eller ett USB-minne. För att återställa den behövs arbetsytans nyckel (posten i systemets nyckelring eller lösenfrasen).</translation>
    </message>
    <message>
        <location filename="../../gui/backup_page.py" line="56"/>
        <source>Back up now…</source>
        <translation>Säkerhetskopiera nu…</translation>
    </message>
    <message>
        <location filename="../../gui/backup_page.py" line="59"/>
        <source>Restore from a backup…</source>
        <translation>Återställ från en säkerhetskopia…</translation>
    </message>
    <message>
        <location filename="../../gui/backup_page.py" line="77"/>
        <source>This workspace has never been backed up.</source>
        <translation>Den här arbetsytan har aldrig säkerhetskopierats.</translation>
    </message>
    <message>
        <location filename="../../gui/backup_page.py" line="79"/>
        <source>Last backup: {date} ({days} days ago).</source>
        <translation>Senaste säkerhetskopia: {date} (för {days} dagar sedan).</translation>
    </message>
    <message>
        <location filename="../../gui/backup_page.py" line="83"/>
        <source>Make a backup now: the last one is more than a week old.</source>
        <translation>Gör en säkerhetskopia nu: den senaste är mer än en vecka gammal.</translation>
    </message>
    <message>
        <location filename="../../gui/backup_page.py" line="96"/>
        <source>Back up the workspace</source>
        <translation>Säkerhetskopiera arbetsytan</translation>
    </message>
    <message>
        <location filename="../../gui/backup_page.py" line="98"/>
        <source>Clearlist backup (*.clbackup)</source>
        <translation>Clearlist-säkerhetskopia (*.clbackup)</translation>
    </message>
    <message>
        <location filename="../../gui/backup_page.py" line="130"/>
        <source>Backup written: {name} ({mb} MB)</source>
        <translation>Säkerhetskopian har sparats: {name} ({mb} MB)</translation>
    </message>
    <message>
        <location filename="../../gui/backup_page.py" line="144"/>
        <location filename="../../gui/backup_page.py" line="152"/>
        <location filename="../../gui/backup_page.py" line="171"/>
        <source>Restore from a backup</source>
        <translation>Återställ från en säkerhetskopia</translation>
    </message>
    <message>
        <location filename="../../gui/backup_page.py" line="146"/>
        <source>Clearlist backup (*.clbackup);;All files (*)</source>
        <translation>Clearlist-säkerhetskopia (*.clbackup);;Alla filer (*)</translation>
    </message>
    <message>
        <location filename="../../gui/backup_page.py" line="154"/>
        <source>Replace everything in this workspace with the backup {name}? Changes made since that backup are lost. The file is checked first: a file that is not a backup of this workspace is refused and nothing changes.</source>
        <translation>Vill du ersätta allt i den här arbetsytan med säkerhetskopian {name}? Ändringar som gjorts sedan den togs går förlorade. Filen kontrolleras först: en fil som inte är en säkerhetskopia av den här arbetsytan avvisas och ingenting ändras.</translation>
    </message>
    <message>
        <location filename="../../gui/backup_page.py" line="176"/>
        <source>The workspace was restored from {name}.</source>
        <translation>Arbetsytan har återställts från {name}.</translation>
    </message>
</context>
<context>
    <name>BreachesPage</name>
    <message>
        <location filename="../../gui/breaches_page.py" line="77"/>
        <source>Record a breach</source>
        <translation>Registrera en personuppgiftsincident</translation>
    </message>
    <message>
        <location filename="../../gui/breaches_page.py" line="85"/>
        <source>What happened, when, how it was discovered</source>
        <translation>Vad som hände, när och hur det upptäcktes</translation>
    </message>
    <message>
        <location filename="../../gui/breaches_page.py" line="87"/>
        <source>e.g. names, e-mail addresses, phones</source>
        <translation>t.ex. namn, e-postadresser, telefonnummer</translation>
    </message>
    <message>
        <location filename="../../gui/breaches_page.py" line="89"/>
        <source>e.g. prospects, customers</source>
        <translation>t.ex. potentiella kunder, kunder</translation>
    </message>
    <message>
        <location filename="../../gui/breaches_page.py" line="93"/>
        <source>e.g. unwanted e-mails, phishing attempts</source>
        <translation>t.ex. oönskad e-post, nätfiskeförsök</translation>
    </message>
    <message>
        <location filename="../../gui/breaches_page.py" line="95"/>
        <source>not assessed yet</source>
        <translation>inte bedömd än</translation>
    </message>
    <message>
        <location filename="../../gui/breaches_page.py" line="96"/>
        <source>none</source>
        <translation>ingen</translation>
    </message>
    <message>
        <location filename="../../gui/breaches_page.py" line="97"/>
        <source>low (unlikely to harm anyone)</source>
        <translation>låg (skadar troligen ingen)</translation>
    </message>
    <message>
        <location filename="../../gui/breaches_page.py" line="98"/>
        <source>a risk to the people</source>
        <translation>en risk för de registrerade</translation>
    </message>
    <message>
        <location filename="../../gui/breaches_page.py" line="99"/>
        <source>a high risk to the people</source>
        <translation>en hög risk för de registrerade</translation>
    </message>
    <message>
        <location filename="../../gui/breaches_page.py" line="102"/>
        <source>What was done to stop it and limit the harm</source>
        <translation>Vad som gjordes för att stoppa incidenten och begränsa skadan</translation>
    </message>
    <message>
        <location filename="../../gui/breaches_page.py" line="103"/>
        <source>Authority (CNIL / IMY) told on</source>
        <translation>Anmäld till CNIL / IMY den</translation>
    </message>
    <message>
        <location filename="../../gui/breaches_page.py" line="108"/>
        <source>Required when the authority is told more than 72 hours after</source>
        <translation>Krävs om anmälan görs senare än 72 timmar efter upptäckten</translation>
    </message>
    <message>
        <location filename="../../gui/breaches_page.py" line="110"/>
        <source>People told on</source>
        <translation>De registrerade informerade den</translation>
    </message>
    <message>
        <location filename="../../gui/breaches_page.py" line="131"/>
        <source>Noticed on</source>
        <translation>Upptäckt den</translation>
    </message>
    <message>
        <location filename="../../gui/breaches_page.py" line="132"/>
        <source>Facts</source>
        <translation>Omständigheter</translation>
    </message>
    <message>
        <location filename="../../gui/breaches_page.py" line="133"/>
        <source>Kinds of data</source>
        <translation>Typer av uppgifter</translation>
    </message>
    <message>
        <location filename="../../gui/breaches_page.py" line="134"/>
        <source>Kinds of people</source>
        <translation>Kategorier av registrerade</translation>
    </message>
    <message>
        <location filename="../../gui/breaches_page.py" line="135"/>
        <source>Number of people</source>
        <translation>Antal registrerade</translation>
    </message>
    <message>
        <location filename="../../gui/breaches_page.py" line="136"/>
        <source>Number of records</source>
        <translation>Antal poster</translation>
    </message>
    <message>
        <location filename="../../gui/breaches_page.py" line="137"/>
        <source>Likely consequences</source>
        <translation>Sannolika följder</translation>
    </message>
    <message>
        <location filename="../../gui/breaches_page.py" line="138"/>
        <source>Risk</source>
        <translation>Risk</translation>
    </message>
    <message>
        <location filename="../../gui/breaches_page.py" line="139"/>
        <source>Measures taken</source>
        <translation>Vidtagna åtgärder</translation>
    </message>
    <message>
        <location filename="../../gui/breaches_page.py" line="141"/>
        <source>Reasons for the delay</source>
        <translation>Skäl till förseningen</translation>
    </message>
    <message>
        <location filename="../../gui/breaches_page.py" line="146"/>
        <source>All contacts</source>
        <translation>Alla kontakter</translation>
    </message>
    <message>
        <location filename="../../gui/breaches_page.py" line="148"/>
        <source>A source&apos;s contacts…</source>
        <translation>Kontakter från en källa…</translation>
    </message>
    <message>
        <location filename="../../gui/breaches_page.py" line="150"/>
        <source>Save the list (CSV)…</source>
        <translation>Spara listan (CSV)…</translation>
    </message>
    <message>
        <location filename="../../gui/breaches_page.py" line="153"/>
        <source>&lt;b&gt;Affected contacts:&lt;/b&gt;</source>
        <translation>&lt;b&gt;Berörda kontakter:&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../gui/breaches_page.py" line="156"/>
        <source>Add:</source>
        <translation>Lägg till:</translation>
    </message>
    <message>
        <location filename="../../gui/breaches_page.py" line="162"/>
        <source>Save</source>
        <translation>Spara</translation>
    </message>
    <message>
        <location filename="../../gui/breaches_page.py" line="200"/>
        <source>Only the breach shown</source>
        <translation>Bara den visade incidenten</translation>
    </message>
    <message>
        <location filename="../../gui/breaches_page.py" line="201"/>
        <source>Export as HTML…</source>
        <translation>Exportera som HTML…</translation>
    </message>
    <message>
        <location filename="../../gui/breaches_page.py" line="203"/>
        <source>Export as PDF…</source>
        <translation>Exportera som PDF…</translation>
    </message>
    <message>
        <location filename="../../gui/breaches_page.py" line="206"/>
        <source>The log as a document, in:</source>
        <translation>Loggen som dokument, på:</translation>
    </message>
    <message>
        <location filename="../../gui/breaches_page.py" line="254"/>
        <source>Authority not told: {h} h {m} min LATE</source>
        <translation>Ej anmäld: {h} h {m} min FÖR SENT</translation>
    </message>
    <message>
        <location filename="../../gui/breaches_page.py" line="256"/>
        <source>Authority not told: {h} h {m} min left</source>
        <translation>Ej anmäld: {h} h {m} min kvar</translation>
    </message>
    <message>
        <location filename="../../gui/breaches_page.py" line="266"/>
        <source>Breaches in the log: {n}</source>
        <translation>Incidenter i loggen: {n}</translation>
    </message>
    <message>
        <location filename="../../gui/breaches_page.py" line="267"/>
        <source>Breaches to tell the authority: {n}</source>
        <translation>Incidenter att anmäla till myndigheten: {n}</translation>
    </message>
    <message>
        <location filename="../../gui/breaches_page.py" line="308"/>
        <source>Save the breach first, then add the affected contacts.</source>
        <translation>Spara personuppgiftsincidenten först och lägg sedan till de berörda kontakterna.</translation>
    </message>
    <message>
        <location filename="../../gui/breaches_page.py" line="345"/>
        <source>{n} contacts attached.</source>
        <translation>Kopplade kontakter: {n}.</translation>
    </message>
    <message>
        <location filename="../../gui/breaches_page.py" line="387"/>
        <source>The breach record was saved.</source>
        <translation>Personuppgiftsincidenten har sparats.</translation>
    </message>
    <message>
        <location filename="../../gui/breaches_page.py" line="400"/>
        <source>The authority was told after the 72 hours (deadline {when}): the reasons for the delay are required.</source>
        <translation>Anmälan till myndigheten gjordes efter 72 timmar (tidsfrist {when}): skälen till förseningen måste anges.</translation>
    </message>
    <message>
        <location filename="../../gui/breaches_page.py" line="407"/>
        <source>The authority was told after the 72 hours (deadline {when}); the reasons for the delay are recorded.</source>
        <translation>Anmälan till myndigheten gjordes efter 72 timmar (tidsfrist {when}); skälen till förseningen finns angivna.</translation>
    </message>
    <message>
        <location filename="../../gui/breaches_page.py" line="412"/>
        <source>The authority was told within the 72 hours.</source>
        <translation>Anmälan till myndigheten gjordes inom 72 timmar.</translation>
    </message>
    <message>
        <location filename="../../gui/breaches_page.py" line="416"/>
        <source>No notification to the authority is needed when a breach is unlikely to harm anyone; it stays in this log.</source>
        <translation>Ingen anmälan till myndigheten behövs när det är osannolikt att personuppgiftsincidenten skadar någon; den finns kvar i den här loggen.</translation>
    </message>
    <message>
        <location filename="../../gui/breaches_page.py" line="424"/>
        <source>The 72 hours ended {h} h {m} min ago ({when}). Tell the CNIL (France) or IMY (Sweden) now, and give the reasons for the delay.</source>
        <translation>De 72 timmarna gick ut för {h} h {m} min sedan ({when}). Anmäl incidenten till IMY (Sverige) eller CNIL (Frankrike) nu och ange skälen till förseningen.</translation>
    </message>
    <message>
        <location filename="../../gui/breaches_page.py" line="430"/>
        <source>{h} h {m} min left to tell the CNIL (France) or IMY (Sweden): by {when}.</source>
        <translation>{h} h {m} min kvar att anmäla incidenten till IMY (Sverige) eller CNIL (Frankrike): senast {when}.</translation>
    </message>
    <message>
        <location filename="../../gui/breaches_page.py" line="434"/>
        <source>A high risk: the people must be told too, without delay.</source>
        <translation>Hög risk: de registrerade måste också informeras, utan onödigt dröjsmål.</translation>
    </message>
    <message>
        <location filename="../../gui/breaches_page.py" line="443"/>
        <source>{n} contacts added.</source>
        <translation>Tillagda kontakter: {n}.</translation>
    </message>
    <message>
        <location filename="../../gui/breaches_page.py" line="456"/>
        <source>Affected contacts</source>
        <translation>Berörda kontakter</translation>
    </message>
    <message>
        <location filename="../../gui/breaches_page.py" line="457"/>
        <source>Contacts from the source:</source>
        <translation>Kontakter från källan:</translation>
    </message>
    <message>
        <location filename="../../gui/breaches_page.py" line="470"/>
        <source>Save the affected contacts</source>
        <translation>Spara de berörda kontakterna</translation>
    </message>
    <message>
        <location filename="../../gui/breaches_page.py" line="472"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../gui/breaches_page.py" line="481"/>
        <location filename="../../gui/breaches_page.py" line="515"/>
        <source>Breach log</source>
        <translation>Logg över personuppgiftsincidenter</translation>
    </message>
    <message>
        <location filename="../../gui/breaches_page.py" line="484"/>
        <source>{n} contacts written to {name}</source>
        <translation>{n} kontakter sparade i {name}</translation>
    </message>
    <message>
        <location filename="../../gui/breaches_page.py" line="490"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../gui/breaches_page.py" line="490"/>
        <source>Web page (*.html)</source>
        <translation>Webbsida (*.html)</translation>
    </message>
    <message>
        <location filename="../../gui/breaches_page.py" line="493"/>
        <source>Export the breach log</source>
        <translation>Exportera incidentloggen</translation>
    </message>
    <message>
        <location filename="../../gui/breaches_page.py" line="510"/>
        <source>Personal data breach log</source>
        <translation>Logg över personuppgiftsincidenter</translation>
    </message>
    <message>
        <location filename="../../gui/breaches_page.py" line="518"/>
        <source>The breach log was exported to {name}</source>
        <translation>Incidentloggen har exporterats till {name}</translation>
    </message>
</context>
<context>
    <name>CampaignEditor</name>
    <message>
        <location filename="../../gui/campaign_editor.py" line="47"/>
        <source>Your company&apos;s name and postal address, and a contact address</source>
        <translation>Företagets namn och postadress samt en kontaktadress</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_editor.py" line="52"/>
        <source>https://yourcompany.example/unsubscribe?t={token}</source>
        <translation>https://dittforetag.example/avregistrera?t={token}</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_editor.py" line="55"/>
        <source>e.g. accounting (for existing customers)</source>
        <translation>t.ex. bokföring (för befintliga kunder)</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_editor.py" line="67"/>
        <source>The message carries a first-contact notice</source>
        <translation>Utskicket innehåller information vid första kontakt</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_editor.py" line="70"/>
        <source>Needed for contacts whose data was not collected from them (bought, rented, from the web or a partner): GDPR art. 14.</source>
        <translation>Krävs för kontakter vars uppgifter inte samlats in från dem själva (köpta, hyrda, från webben eller från en partner): GDPR art. 14.</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_editor.py" line="77"/>
        <source>Start from the template</source>
        <translation>Utgå från mallen</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_editor.py" line="89"/>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_editor.py" line="90"/>
        <source>Sender identity</source>
        <translation>Avsändare</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_editor.py" line="91"/>
        <source>Unsubscribe link or mailto:</source>
        <translation>Avregistreringslänk eller mailto:</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_editor.py" line="92"/>
        <source>Topic relates to</source>
        <translation>Ämnet gäller</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_editor.py" line="93"/>
        <source>Product category</source>
        <translation>Produktkategori</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_editor.py" line="94"/>
        <source>Law for contacts without a country</source>
        <translation>Lag för kontakter utan land</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_editor.py" line="106"/>
        <source>Placeholders: {source_name} (each contact&apos;s precise source), {sender}, {unsubscribe} (the contact&apos;s own link), {authority} (CNIL or IMY).</source>
        <translation>Platshållare: {source_name} (varje kontakts exakta källa), {sender}, {unsubscribe} (kontaktens egen länk), {authority} (IMY eller CNIL).</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_editor.py" line="170"/>
        <source>Blocked (it can be saved, not exported): </source>
        <translation>Blockerad (kan sparas men inte exporteras): </translation>
    </message>
    <message>
        <location filename="../../gui/campaign_editor.py" line="187"/>
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
        <location filename="../../gui/contact_detail.py" line="71"/>
        <source>Select a contact to see and edit it here.

Ctrl+N adds a contact, Ctrl+F searches.</source>
        <translation>Välj en kontakt för att se och redigera den här.

Ctrl+N lägger till en kontakt, Ctrl+F söker.</translation>
    </message>
    <message>
        <location filename="../../gui/contact_detail.py" line="123"/>
        <source>Sources</source>
        <translation>Källor</translation>
    </message>
    <message>
        <location filename="../../gui/contact_detail.py" line="132"/>
        <source>Where this contact came from (read-only).</source>
        <translation>Var kontakten kommer ifrån (skrivskyddat).</translation>
    </message>
    <message>
        <location filename="../../gui/contact_detail.py" line="140"/>
        <source>Revert</source>
        <translation>Återställ</translation>
    </message>
    <message>
        <location filename="../../gui/contact_detail.py" line="142"/>
        <source>Save</source>
        <translation>Spara</translation>
    </message>
    <message>
        <location filename="../../gui/contact_detail.py" line="144"/>
        <source>Save the changes (Ctrl+S)</source>
        <translation>Spara ändringarna (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../gui/contact_detail.py" line="184"/>
        <source>YYYY-MM-DD</source>
        <translation>ÅÅÅÅ-MM-DD</translation>
    </message>
    <message>
        <location filename="../../gui/contact_detail.py" line="186"/>
        <source>Two letters, e.g. FR, SE, GB</source>
        <translation>Två bokstäver, t.ex. SE, FR, GB</translation>
    </message>
    <message>
        <location filename="../../gui/contact_detail.py" line="189"/>
        <source>tag; other tag</source>
        <translation>tagg; annan tagg</translation>
    </message>
    <message>
        <location filename="../../gui/contact_detail.py" line="191"/>
        <source>name@example.com</source>
        <translation>namn@example.com</translation>
    </message>
    <message>
        <location filename="../../gui/contact_detail.py" line="221"/>
        <source>function set by hand</source>
        <translation>funktion angiven manuellt</translation>
    </message>
    <message>
        <location filename="../../gui/contact_detail.py" line="223"/>
        <source>function derived from the job title</source>
        <translation>funktion härledd från befattningen</translation>
    </message>
    <message>
        <location filename="../../gui/contact_detail.py" line="226"/>
        <source>Added {added}, changed {changed}; {origin}.</source>
        <translation>Tillagd {added}, ändrad {changed}; {origin}.</translation>
    </message>
    <message>
        <location filename="../../gui/contact_detail.py" line="240"/>
        <source>New contact</source>
        <translation>Ny kontakt</translation>
    </message>
    <message>
        <location filename="../../gui/contact_detail.py" line="242"/>
        <source>Only the e-mail address is required. It is recorded as entered by hand.</source>
        <translation>Bara e-postadressen krävs. Kontakten registreras som manuellt inlagd.</translation>
    </message>
    <message>
        <location filename="../../gui/contact_detail.py" line="261"/>
        <source>{type}: {name} (acquired {date})</source>
        <translation>{type}: {name} (inhämtad {date})</translation>
    </message>
    <message>
        <location filename="../../gui/contact_detail.py" line="268"/>
        <source>None yet: recorded when you save.</source>
        <translation>Inga än: registreras när du sparar.</translation>
    </message>
    <message>
        <location filename="../../gui/contact_detail.py" line="269"/>
        <source>Sources ({n})</source>
        <translation>Källor ({n})</translation>
    </message>
    <message>
        <location filename="../../gui/contact_detail.py" line="335"/>
        <source>Not saved: correct the fields marked in red.</source>
        <translation>Inte sparad: rätta fälten som är markerade med rött.</translation>
    </message>
</context>
<context>
    <name>ContactsPage</name>
    <message>
        <location filename="../../gui/contacts_page.py" line="76"/>
        <source>Search names, companies, e-mail addresses, job titles (Ctrl+F)</source>
        <translation>Sök bland namn, företag, e-postadresser och befattningar (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../gui/contacts_page.py" line="86"/>
        <location filename="../../gui/contacts_page.py" line="181"/>
        <source>New contact</source>
        <translation>Ny kontakt</translation>
    </message>
    <message>
        <location filename="../../gui/contacts_page.py" line="87"/>
        <source>Add a contact by hand (Ctrl+N)</source>
        <translation>Lägg till en kontakt manuellt (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../gui/contacts_page.py" line="89"/>
        <location filename="../../gui/contacts_page.py" line="189"/>
        <location filename="../../gui/contacts_page.py" line="341"/>
        <source>Delete</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <location filename="../../gui/contacts_page.py" line="90"/>
        <source>Delete the selected contacts (Delete)</source>
        <translation>Ta bort de markerade kontakterna (Delete)</translation>
    </message>
    <message>
        <location filename="../../gui/contacts_page.py" line="103"/>
        <source>Show all contacts</source>
        <translation>Visa alla kontakter</translation>
    </message>
    <message>
        <location filename="../../gui/contacts_page.py" line="178"/>
        <source>Find</source>
        <translation>Sök</translation>
    </message>
    <message>
        <location filename="../../gui/contacts_page.py" line="265"/>
        <source>Segment “{name}”: 1 contact</source>
        <translation>Segment ”{name}”: 1 kontakt</translation>
    </message>
    <message>
        <location filename="../../gui/contacts_page.py" line="267"/>
        <source>Segment “{name}”: {n} contacts</source>
        <translation>Segment ”{name}”: {n} kontakter</translation>
    </message>
    <message>
        <location filename="../../gui/contacts_page.py" line="299"/>
        <location filename="../../gui/contacts_page.py" line="328"/>
        <source>Delete contacts</source>
        <translation>Ta bort kontakter</translation>
    </message>
    <message>
        <location filename="../../gui/contacts_page.py" line="300"/>
        <source>Select at most {n} contacts to delete at once.</source>
        <translation>Markera högst {n} kontakter att ta bort åt gången.</translation>
    </message>
    <message>
        <location filename="../../gui/contacts_page.py" line="320"/>
        <source>1 contact deleted.</source>
        <translation>1 kontakt borttagen.</translation>
    </message>
    <message>
        <location filename="../../gui/contacts_page.py" line="322"/>
        <source>{n} contacts deleted.</source>
        <translation>Borttagna kontakter: {n}.</translation>
    </message>
    <message>
        <location filename="../../gui/contacts_page.py" line="330"/>
        <source>Delete this contact?</source>
        <translation>Vill du ta bort den här kontakten?</translation>
    </message>
    <message>
        <location filename="../../gui/contacts_page.py" line="332"/>
        <source>Delete these {n} contacts?</source>
        <translation>Vill du ta bort dessa {n} kontakter?</translation>
    </message>
    <message>
        <location filename="../../gui/contacts_page.py" line="336"/>
        <source>They are removed from the workspace, and the deletion is recorded in the audit trail. To make sure someone is never contacted again, add the address to the opt-out list instead.</source>
        <translation>De tas bort från arbetsytan och borttagningen registreras i granskningsloggen. Vill du vara säker på att någon aldrig kontaktas igen lägger du i stället till adressen på spärrlistan.</translation>
    </message>
    <message>
        <location filename="../../gui/contacts_page.py" line="366"/>
        <source>Unsaved changes</source>
        <translation>Osparade ändringar</translation>
    </message>
    <message>
        <location filename="../../gui/contacts_page.py" line="367"/>
        <source>Save the changes to this contact?</source>
        <translation>Vill du spara ändringarna i den här kontakten?</translation>
    </message>
    <message>
        <location filename="../../gui/contacts_page.py" line="416"/>
        <source>{shown} of {total} contacts in the segment</source>
        <translation>{shown} av {total} kontakter i segmentet</translation>
    </message>
    <message>
        <location filename="../../gui/contacts_page.py" line="420"/>
        <source>{shown} of {total} contacts match</source>
        <translation>{shown} av {total} kontakter matchar</translation>
    </message>
    <message>
        <location filename="../../gui/contacts_page.py" line="424"/>
        <source>1 contact</source>
        <translation>1 kontakt</translation>
    </message>
    <message>
        <location filename="../../gui/contacts_page.py" line="425"/>
        <source>{total} contacts</source>
        <translation>{total} kontakter</translation>
    </message>
</context>
<context>
    <name>CountChart</name>
    <message>
        <location filename="../../gui/overview_page.py" line="107"/>
        <source>Contacts</source>
        <translation>Kontakter</translation>
    </message>
</context>
<context>
    <name>DateRange</name>
    <message>
        <location filename="../../gui/segment_editor.py" line="133"/>
        <source>from</source>
        <translation>från</translation>
    </message>
    <message>
        <location filename="../../gui/segment_editor.py" line="134"/>
        <source>to</source>
        <translation>till</translation>
    </message>
</context>
<context>
    <name>DueRequestsPanel</name>
    <message>
        <location filename="../../gui/overview_requests.py" line="44"/>
        <source>The people&apos;s rights and your duties</source>
        <translation>De registrerades rättigheter och dina skyldigheter</translation>
    </message>
    <message>
        <location filename="../../gui/overview_requests.py" line="57"/>
        <source>Requests</source>
        <translation>Begäranden</translation>
    </message>
    <message>
        <location filename="../../gui/overview_requests.py" line="57"/>
        <source>Requests…</source>
        <translation>Begäranden…</translation>
    </message>
    <message>
        <location filename="../../gui/overview_requests.py" line="58"/>
        <source>Breaches</source>
        <translation>Incidenter</translation>
    </message>
    <message>
        <location filename="../../gui/overview_requests.py" line="58"/>
        <source>Breach log…</source>
        <translation>Incidentlogg…</translation>
    </message>
    <message>
        <location filename="../../gui/overview_requests.py" line="59"/>
        <source>Retention</source>
        <translation>Lagringstid</translation>
    </message>
    <message>
        <location filename="../../gui/overview_requests.py" line="59"/>
        <source>Retention…</source>
        <translation>Lagringstid…</translation>
    </message>
    <message>
        <location filename="../../gui/overview_requests.py" line="60"/>
        <source>Backup</source>
        <translation>Säkerhetskopiering</translation>
    </message>
    <message>
        <location filename="../../gui/overview_requests.py" line="60"/>
        <source>Backup…</source>
        <translation>Säkerhetskopiering…</translation>
    </message>
    <message>
        <location filename="../../gui/overview_requests.py" line="101"/>
        <source>OVERDUE</source>
        <translation>FÖRSENAD</translation>
    </message>
    <message>
        <location filename="../../gui/overview_requests.py" line="102"/>
        <source>due</source>
        <translation>senast</translation>
    </message>
    <message>
        <location filename="../../gui/overview_requests.py" line="104"/>
        <source>an erased or unknown person</source>
        <translation>en raderad eller okänd person</translation>
    </message>
    <message>
        <location filename="../../gui/overview_requests.py" line="112"/>
        <source>No request is overdue or due this week.</source>
        <translation>Ingen begäran är försenad eller ska besvaras den här veckan.</translation>
    </message>
    <message>
        <location filename="../../gui/overview_requests.py" line="115"/>
        <source>{overdue} overdue, {soon} due within 7 days:</source>
        <translation>Försenade: {overdue}, svarsfrist inom 7 dagar: {soon}</translation>
    </message>
    <message>
        <location filename="../../gui/overview_requests.py" line="119"/>
        <source>and {n} more</source>
        <translation>och {n} till</translation>
    </message>
    <message>
        <location filename="../../gui/overview_requests.py" line="126"/>
        <source>No breach is waiting to be told to the authority.</source>
        <translation>Ingen personuppgiftsincident väntar på att anmälas till myndigheten.</translation>
    </message>
    <message>
        <location filename="../../gui/overview_requests.py" line="134"/>
        <source>Breach #{id}: the 72 hours ended {h} h {m} min ago: tell the CNIL / IMY now</source>
        <translation>Incident #{id}: de 72 timmarna gick ut för {h} h {m} min sedan: anmäl till IMY / CNIL nu</translation>
    </message>
    <message>
        <location filename="../../gui/overview_requests.py" line="137"/>
        <source>Breach #{id}: {h} h {m} min left to tell the CNIL / IMY</source>
        <translation>Incident #{id}: {h} h {m} min kvar att anmäla till IMY / CNIL</translation>
    </message>
    <message>
        <location filename="../../gui/overview_requests.py" line="147"/>
        <source>Never backed up: make a backup now.</source>
        <translation>Aldrig säkerhetskopierad: gör en säkerhetskopia nu.</translation>
    </message>
    <message>
        <location filename="../../gui/overview_requests.py" line="149"/>
        <source>The last backup is {days} days old: make a backup now.</source>
        <translation>Den senaste säkerhetskopian är {days} dagar gammal: gör en säkerhetskopia nu.</translation>
    </message>
    <message>
        <location filename="../../gui/overview_requests.py" line="156"/>
        <source>Nothing to back up yet.</source>
        <translation>Inget att säkerhetskopiera än.</translation>
    </message>
    <message>
        <location filename="../../gui/overview_requests.py" line="158"/>
        <source>Last backup {days} days ago.</source>
        <translation>Senaste säkerhetskopia för {days} dagar sedan.</translation>
    </message>
    <message>
        <location filename="../../gui/overview_requests.py" line="165"/>
        <source>Checking…</source>
        <translation>Kontrollerar…</translation>
    </message>
    <message>
        <location filename="../../gui/overview_requests.py" line="182"/>
        <source>{ended} contacts&apos; retention period has ended; {soon} more end within 60 days.</source>
        <translation>Kontakter vars lagringstid har löpt ut: {ended}; som löper ut inom 60 dagar: {soon}.</translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <location filename="../../gui/demo_offer.py" line="52"/>
        <source>Import a file…</source>
        <translation>Importera en fil…</translation>
    </message>
    <message>
        <location filename="../../gui/demo_offer.py" line="54"/>
        <source>New contact</source>
        <translation>Ny kontakt</translation>
    </message>
    <message>
        <location filename="../../gui/demo_offer.py" line="57"/>
        <source>Load about {n} demo contacts</source>
        <translation>Läs in cirka {n} demokontakter</translation>
    </message>
    <message>
        <location filename="../../gui/demo_offer.py" line="60"/>
        <source>Fictitious people and companies, to try Clearlist. Delete them any time.</source>
        <translation>Påhittade personer och företag att prova Clearlist med. Ta bort dem när du vill.</translation>
    </message>
    <message>
        <location filename="../../gui/demo_offer.py" line="63"/>
        <source>Clear the search</source>
        <translation>Rensa sökningen</translation>
    </message>
    <message>
        <location filename="../../gui/demo_offer.py" line="90"/>
        <source>No contacts yet</source>
        <translation>Inga kontakter än</translation>
    </message>
    <message>
        <location filename="../../gui/demo_offer.py" line="93"/>
        <source>Import a spreadsheet (or drop a .csv or .xlsx file on this window), add a contact by hand, or load about {n} fictitious demo contacts to try Clearlist.</source>
        <translation>Importera ett kalkylark (eller släpp en .csv- eller .xlsx-fil i det här fönstret), lägg till en kontakt manuellt eller läs in cirka {n} påhittade demokontakter för att prova Clearlist.</translation>
    </message>
    <message>
        <location filename="../../gui/demo_offer.py" line="104"/>
        <source>No contact matches “{text}”</source>
        <translation>Ingen kontakt matchar ”{text}”</translation>
    </message>
    <message>
        <location filename="../../gui/demo_offer.py" line="107"/>
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
        <location filename="../../gui/export_chart.py" line="60"/>
        <location filename="../../gui/export_chart.py" line="62"/>
        <source>Cleared</source>
        <translation>Godkända</translation>
    </message>
    <message>
        <location filename="../../gui/export_chart.py" line="66"/>
        <source>Contacts</source>
        <translation>Kontakter</translation>
    </message>
</context>
<context>
    <name>ExportWizard</name>
    <message>
        <location filename="../../gui/export_wizard.py" line="73"/>
        <source>Export the cleared contacts</source>
        <translation>Exportera de godkända kontakterna</translation>
    </message>
    <message>
        <location filename="../../gui/export_wizard.py" line="93"/>
        <source>All contacts</source>
        <translation>Alla kontakter</translation>
    </message>
    <message>
        <location filename="../../gui/export_wizard.py" line="105"/>
        <source>Preview</source>
        <translation>Förhandsgranska</translation>
    </message>
    <message>
        <location filename="../../gui/export_wizard.py" line="108"/>
        <source>1. Campaign and contacts</source>
        <translation>1. Kampanj och kontakter</translation>
    </message>
    <message>
        <location filename="../../gui/export_wizard.py" line="110"/>
        <source>Campaign</source>
        <translation>Kampanj</translation>
    </message>
    <message>
        <location filename="../../gui/export_wizard.py" line="111"/>
        <source>Contacts</source>
        <translation>Kontakter</translation>
    </message>
    <message>
        <location filename="../../gui/export_wizard.py" line="112"/>
        <source>Only these job functions</source>
        <translation>Bara dessa funktioner</translation>
    </message>
    <message>
        <location filename="../../gui/export_wizard.py" line="117"/>
        <source>Press Preview to see who may receive the campaign.</source>
        <translation>Tryck på Förhandsgranska för att se vilka som får ta emot kampanjen.</translation>
    </message>
    <message>
        <location filename="../../gui/export_wizard.py" line="123"/>
        <source>Search the excluded contacts</source>
        <translation>Sök bland de uteslutna kontakterna</translation>
    </message>
    <message>
        <location filename="../../gui/export_wizard.py" line="126"/>
        <source>Every reason</source>
        <translation>Alla skäl</translation>
    </message>
    <message>
        <location filename="../../gui/export_wizard.py" line="146"/>
        <source>2. Preview</source>
        <translation>2. Förhandsgranskning</translation>
    </message>
    <message>
        <location filename="../../gui/export_wizard.py" line="168"/>
        <source>Generic</source>
        <translation>Standard</translation>
    </message>
    <message>
        <location filename="../../gui/export_wizard.py" line="171"/>
        <source>CSV, comma-separated (UTF-8)</source>
        <translation>CSV, kommaseparerad (UTF-8)</translation>
    </message>
    <message>
        <location filename="../../gui/export_wizard.py" line="172"/>
        <source>CSV, semicolon-separated (UTF-8, French Excel)</source>
        <translation>CSV, semikolonseparerad (UTF-8, svensk och fransk Excel)</translation>
    </message>
    <message>
        <location filename="../../gui/export_wizard.py" line="173"/>
        <source>Excel workbook (.xlsx)</source>
        <translation>Excel-arbetsbok (.xlsx)</translation>
    </message>
    <message>
        <location filename="../../gui/export_wizard.py" line="174"/>
        <source>Write the file…</source>
        <translation>Spara filen…</translation>
    </message>
    <message>
        <location filename="../../gui/export_wizard.py" line="178"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location filename="../../gui/export_wizard.py" line="180"/>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <location filename="../../gui/export_wizard.py" line="182"/>
        <source>3. File</source>
        <translation>3. Fil</translation>
    </message>
    <message>
        <location filename="../../gui/export_wizard.py" line="184"/>
        <source>Columns for</source>
        <translation>Kolumner för</translation>
    </message>
    <message>
        <location filename="../../gui/export_wizard.py" line="231"/>
        <source>There is no campaign yet: create one on the Campaigns page.</source>
        <translation>Det finns ingen kampanj än: skapa en på sidan Kampanjer.</translation>
    </message>
    <message>
        <location filename="../../gui/export_wizard.py" line="255"/>
        <source>Deciding…</source>
        <translation>Bedömer…</translation>
    </message>
    <message>
        <location filename="../../gui/export_wizard.py" line="264"/>
        <source>{exported} of {considered} contacts may receive this campaign ({notice} of them only with the first-contact notice); {excluded} are left out.</source>
        <translation>{exported} av {considered} kontakter får ta emot den här kampanjen ({notice} av dem bara med information vid första kontakt); {excluded} utesluts.</translation>
    </message>
    <message>
        <location filename="../../gui/export_wizard.py" line="276"/>
        <source>Warnings: {flags}.</source>
        <translation>Varningar: {flags}.</translation>
    </message>
    <message>
        <location filename="../../gui/export_wizard.py" line="289"/>
        <source>{n} excluded contacts match</source>
        <translation>Uteslutna kontakter som matchar: {n}</translation>
    </message>
    <message>
        <location filename="../../gui/export_wizard.py" line="298"/>
        <source>Write the cleared contacts</source>
        <translation>Spara de godkända kontakterna</translation>
    </message>
    <message>
        <location filename="../../gui/export_wizard.py" line="331"/>
        <source>Writing…</source>
        <translation>Sparar…</translation>
    </message>
    <message>
        <location filename="../../gui/export_wizard.py" line="339"/>
        <source>Export written</source>
        <translation>Exporten har sparats</translation>
    </message>
    <message>
        <location filename="../../gui/export_wizard.py" line="341"/>
        <source>{n} contacts written to {name}. The export is recorded on the Exports page; mark it as sent there once the campaign has gone out.</source>
        <translation>{n} kontakter sparade i {name}. Exporten registreras på sidan Exporter; markera den som skickad där när kampanjen har gått ut.</translation>
    </message>
</context>
<context>
    <name>ExportsPage</name>
    <message>
        <location filename="../../gui/exports_page.py" line="48"/>
        <source>Made (UTC)</source>
        <translation>Skapad (UTC)</translation>
    </message>
    <message>
        <location filename="../../gui/exports_page.py" line="49"/>
        <source>Campaign</source>
        <translation>Kampanj</translation>
    </message>
    <message>
        <location filename="../../gui/exports_page.py" line="50"/>
        <source>Columns for</source>
        <translation>Kolumner för</translation>
    </message>
    <message>
        <location filename="../../gui/exports_page.py" line="51"/>
        <source>Considered</source>
        <translation>Bedömda</translation>
    </message>
    <message>
        <location filename="../../gui/exports_page.py" line="52"/>
        <source>Exported</source>
        <translation>Exporterade</translation>
    </message>
    <message>
        <location filename="../../gui/exports_page.py" line="53"/>
        <source>Excluded by reason</source>
        <translation>Uteslutna per skäl</translation>
    </message>
    <message>
        <location filename="../../gui/exports_page.py" line="54"/>
        <source>File</source>
        <translation>Fil</translation>
    </message>
    <message>
        <location filename="../../gui/exports_page.py" line="55"/>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location filename="../../gui/exports_page.py" line="56"/>
        <source>Sent</source>
        <translation>Skickad</translation>
    </message>
    <message>
        <location filename="../../gui/exports_page.py" line="66"/>
        <source>No export yet. Exports are made from a campaign: press New export.</source>
        <translation>Inga exporter än. En export görs utifrån en kampanj: tryck på Ny export.</translation>
    </message>
    <message>
        <location filename="../../gui/exports_page.py" line="68"/>
        <source>New export…</source>
        <translation>Ny export…</translation>
    </message>
    <message>
        <location filename="../../gui/exports_page.py" line="70"/>
        <location filename="../../gui/exports_page.py" line="125"/>
        <source>Mark as sent</source>
        <translation>Markera som skickad</translation>
    </message>
    <message>
        <location filename="../../gui/exports_page.py" line="127"/>
        <source>Record that the campaign “{name}” was sent today to the {n} contacts of this export? Those who needed the first-contact notice will be recorded as having received it today.</source>
        <translation>Vill du registrera att kampanjen ”{name}” skickades i dag till de {n} kontakterna i den här exporten? De som behövde information vid första kontakt registreras som att de fick den i dag.</translation>
    </message>
    <message>
        <location filename="../../gui/exports_page.py" line="142"/>
        <source>Marked as sent: {n} contacts, {notices} notices recorded.</source>
        <translation>Markerad som skickad: {n} kontakter, varav {notices} med registrerad information vid första kontakt.</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <location filename="../../gui/import_file_page.py" line="29"/>
        <source>commas</source>
        <translation>kommatecken</translation>
    </message>
    <message>
        <location filename="../../gui/import_file_page.py" line="30"/>
        <source>semicolons</source>
        <translation>semikolon</translation>
    </message>
    <message>
        <location filename="../../gui/import_file_page.py" line="31"/>
        <source>tabs</source>
        <translation>tabbar</translation>
    </message>
    <message>
        <location filename="../../gui/import_file_page.py" line="32"/>
        <source>vertical bars</source>
        <translation>lodstreck</translation>
    </message>
    <message>
        <location filename="../../gui/import_file_page.py" line="39"/>
        <source>Choose the file</source>
        <translation>Välj fil</translation>
    </message>
    <message>
        <location filename="../../gui/import_file_page.py" line="42"/>
        <source>A spreadsheet (.xlsx, .xls, .ods) or a text file (.csv, .tsv, .txt) with one contact per row. Drop it here or browse for it.</source>
        <translation>Ett kalkylark (.xlsx, .xls, .ods) eller en textfil (.csv, .tsv, .txt) med en kontakt per rad. Släpp filen här eller bläddra fram den.</translation>
    </message>
    <message>
        <location filename="../../gui/import_file_page.py" line="47"/>
        <source>Drop a file here</source>
        <translation>Släpp en fil här</translation>
    </message>
    <message>
        <location filename="../../gui/import_file_page.py" line="57"/>
        <source>No file chosen</source>
        <translation>Ingen fil vald</translation>
    </message>
    <message>
        <location filename="../../gui/import_file_page.py" line="58"/>
        <source>Browse…</source>
        <translation>Bläddra…</translation>
    </message>
    <message>
        <location filename="../../gui/import_file_page.py" line="60"/>
        <source>Earlier imports…</source>
        <translation>Tidigare importer…</translation>
    </message>
    <message>
        <location filename="../../gui/import_file_page.py" line="61"/>
        <source>See the files imported before, and undo one of them</source>
        <translation>Se filer som importerats tidigare och ångra en av dem</translation>
    </message>
    <message>
        <location filename="../../gui/import_file_page.py" line="99"/>
        <source>Choose the file to import</source>
        <translation>Välj filen som ska importeras</translation>
    </message>
    <message>
        <location filename="../../gui/import_file_page.py" line="101"/>
        <source>Contact lists ({patterns});;All files (*)</source>
        <translation>Kontaktlistor ({patterns});;Alla filer (*)</translation>
    </message>
    <message>
        <location filename="../../gui/import_file_page.py" line="126"/>
        <source>Reading {name}…</source>
        <translation>Läser {name}…</translation>
    </message>
    <message>
        <location filename="../../gui/import_file_page.py" line="151"/>
        <source>A workbook with {n} sheet(s); sheet &apos;{sheet}&apos; is read.</source>
        <translation>En arbetsbok med {n} blad; bladet ”{sheet}” läses.</translation>
    </message>
    <message>
        <location filename="../../gui/import_file_page.py" line="155"/>
        <source>A text file in {encoding}, values separated by {delimiter}.</source>
        <translation>En textfil i {encoding}, värdena åtskilda med {delimiter}.</translation>
    </message>
    <message>
        <location filename="../../gui/import_file_page.py" line="161"/>
        <source>About {rows} rows and {columns} columns.</source>
        <translation>Cirka {rows} rader och {columns} kolumner.</translation>
    </message>
</context>
<context>
    <name>ImportHistoryDialog</name>
    <message>
        <location filename="../../gui/import_history.py" line="29"/>
        <source>own form</source>
        <translation>eget formulär</translation>
    </message>
    <message>
        <location filename="../../gui/import_history.py" line="30"/>
        <source>trade show</source>
        <translation>mässa</translation>
    </message>
    <message>
        <location filename="../../gui/import_history.py" line="31"/>
        <source>customers</source>
        <translation>kunder</translation>
    </message>
    <message>
        <location filename="../../gui/import_history.py" line="32"/>
        <source>bought</source>
        <translation>köpt</translation>
    </message>
    <message>
        <location filename="../../gui/import_history.py" line="33"/>
        <source>rented</source>
        <translation>hyrd</translation>
    </message>
    <message>
        <location filename="../../gui/import_history.py" line="34"/>
        <source>public websites</source>
        <translation>offentliga webbplatser</translation>
    </message>
    <message>
        <location filename="../../gui/import_history.py" line="35"/>
        <source>partner</source>
        <translation>partner</translation>
    </message>
    <message>
        <location filename="../../gui/import_history.py" line="36"/>
        <source>by hand</source>
        <translation>manuellt</translation>
    </message>
    <message>
        <location filename="../../gui/import_history.py" line="48"/>
        <source>Earlier imports</source>
        <translation>Tidigare importer</translation>
    </message>
    <message>
        <location filename="../../gui/import_history.py" line="52"/>
        <source>Batch</source>
        <translation>Omgång</translation>
    </message>
    <message>
        <location filename="../../gui/import_history.py" line="52"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../gui/import_history.py" line="52"/>
        <source>Source</source>
        <translation>Källa</translation>
    </message>
    <message>
        <location filename="../../gui/import_history.py" line="52"/>
        <source>File</source>
        <translation>Fil</translation>
    </message>
    <message>
        <location filename="../../gui/import_history.py" line="53"/>
        <source>New / updated</source>
        <translation>Nya / uppdaterade</translation>
    </message>
    <message>
        <location filename="../../gui/import_history.py" line="53"/>
        <source>Undone</source>
        <translation>Ångrad</translation>
    </message>
    <message>
        <location filename="../../gui/import_history.py" line="64"/>
        <source>Undo this import…</source>
        <translation>Ångra den här importen…</translation>
    </message>
    <message>
        <location filename="../../gui/import_history.py" line="97"/>
        <source>No file was imported yet.</source>
        <translation>Ingen fil har importerats än.</translation>
    </message>
    <message>
        <location filename="../../gui/import_history.py" line="114"/>
        <source>Undo this import</source>
        <translation>Ångra den här importen</translation>
    </message>
    <message>
        <location filename="../../gui/import_history.py" line="116"/>
        <source>Undo batch {batch} ({file})? The contacts it created are removed (unless a later import brought them too), the fields it changed are put back, and its source is removed from the other contacts.</source>
        <translation>Vill du ångra omgång {batch} ({file})? Kontakterna den skapade tas bort (om inte en senare import också tog in dem), fälten den ändrade återställs och dess källa tas bort från övriga kontakter.</translation>
    </message>
    <message>
        <location filename="../../gui/import_history.py" line="126"/>
        <source>Undoing batch {batch}…</source>
        <translation>Ångrar omgång {batch}…</translation>
    </message>
    <message>
        <location filename="../../gui/import_history.py" line="142"/>
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
        <location filename="../../gui/main_window.py" line="58"/>
        <source>Contacts</source>
        <translation>Kontakter</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="59"/>
        <source>Overview</source>
        <translation>Översikt</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="60"/>
        <source>Job titles</source>
        <translation>Befattningar</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="61"/>
        <source>A person</source>
        <translation>En person</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="62"/>
        <source>Requests</source>
        <translation>Begäranden</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="63"/>
        <source>Retention</source>
        <translation>Lagringstid</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="64"/>
        <source>Register</source>
        <translation>Behandlingsregister</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="65"/>
        <source>Breaches</source>
        <translation>Incidenter</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="66"/>
        <source>Audit trail</source>
        <translation>Granskningslogg</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="67"/>
        <source>Backup</source>
        <translation>Säkerhetskopiering</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="68"/>
        <source>Campaigns</source>
        <translation>Kampanjer</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="69"/>
        <source>Exports</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="70"/>
        <source>Opt-out list</source>
        <translation>Spärrlista</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="87"/>
        <source>Clearlist — {name}</source>
        <translation>Clearlist – {name}</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="132"/>
        <source>Key: system keyring</source>
        <translation>Nyckel: systemets nyckelring</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="134"/>
        <source>Key: passphrase</source>
        <translation>Nyckel: lösenfras</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="140"/>
        <source>As of {date}</source>
        <translation>Per {date}</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="226"/>
        <source>Clearlist</source>
        <translation>Clearlist</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="240"/>
        <source>&amp;File</source>
        <translation>&amp;Arkiv</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="241"/>
        <source>&amp;Import a file…</source>
        <translation>&amp;Importera en fil…</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="242"/>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="246"/>
        <source>&amp;Quit</source>
        <translation>&amp;Avsluta</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="250"/>
        <source>&amp;Settings</source>
        <translation>&amp;Inställningar</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="251"/>
        <source>&amp;Language</source>
        <translation>&amp;Språk</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="263"/>
        <source>&amp;Help</source>
        <translation>&amp;Hjälp</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="264"/>
        <source>&amp;About Clearlist</source>
        <translation>&amp;Om Clearlist</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="275"/>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="277"/>
        <source>Clearlist will speak {language} the next time it starts. Dates and numbers will then be written as in that language too.</source>
        <translation>Nytt språk: {language}. Det gäller från nästa gång Clearlist startar, och då skrivs även datum och tal enligt det språket.</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="285"/>
        <source>About Clearlist</source>
        <translation>Om Clearlist</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="287"/>
        <source>Clearlist keeps your prospect lists in one encrypted workspace and exports only the contacts you may lawfully e-mail.

Workspace: {path}</source>
        <translation>Clearlist samlar dina prospektlistor i en krypterad arbetsyta och exporterar bara de kontakter som du lagligen får skicka e-post till.

Arbetsyta: {path}</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="302"/>
        <source>Import</source>
        <translation>Importera</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="304"/>
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
        <location filename="../../gui/import_mapping_page.py" line="222"/>
        <location filename="../../gui/import_mapping_page.py" line="224"/>
        <source>your choice</source>
        <translation>ditt val</translation>
    </message>
    <message>
        <location filename="../../gui/import_mapping_page.py" line="154"/>
        <source>never imported</source>
        <translation>importeras aldrig</translation>
    </message>
    <message>
        <location filename="../../gui/import_mapping_page.py" line="179"/>
        <source>&apos;{field}&apos; comes from &apos;{header}&apos;</source>
        <translation>”{field}” kommer från ”{header}”</translation>
    </message>
    <message>
        <location filename="../../gui/import_mapping_page.py" line="187"/>
        <source>never imported ({kind} data)</source>
        <translation>importeras aldrig (känsliga uppgifter: {kind})</translation>
    </message>
    <message>
        <location filename="../../gui/import_mapping_page.py" line="249"/>
        <source>{n} columns imported, {m} not imported.</source>
        <translation>Kolumner som importeras: {n}, som inte importeras: {m}.</translation>
    </message>
    <message>
        <location filename="../../gui/import_mapping_page.py" line="254"/>
        <source>Choose the column that holds the e-mail addresses.</source>
        <translation>Välj kolumnen som innehåller e-postadresserna.</translation>
    </message>
    <message>
        <location filename="../../gui/import_mapping_page.py" line="257"/>
        <source>&apos;{header}&apos; looks like {kind} data: it is never imported.</source>
        <translation>”{header}” ser ut att innehålla känsliga uppgifter ({kind}): kolumnen importeras aldrig.</translation>
    </message>
</context>
<context>
    <name>OptoutModel</name>
    <message>
        <location filename="../../gui/optout_page.py" line="90"/>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../../gui/optout_page.py" line="91"/>
        <source>Address, domain or hash</source>
        <translation>Adress, domän eller hashvärde</translation>
    </message>
    <message>
        <location filename="../../gui/optout_page.py" line="92"/>
        <source>Reason</source>
        <translation>Skäl</translation>
    </message>
    <message>
        <location filename="../../gui/optout_page.py" line="93"/>
        <source>Origin</source>
        <translation>Ursprung</translation>
    </message>
    <message>
        <location filename="../../gui/optout_page.py" line="94"/>
        <source>Added</source>
        <translation>Tillagd</translation>
    </message>
</context>
<context>
    <name>OptoutPage</name>
    <message>
        <location filename="../../gui/optout_page.py" line="163"/>
        <source>Search an address, a domain, a hash or a file name</source>
        <translation>Sök en adress, en domän, ett hashvärde eller ett filnamn</translation>
    </message>
    <message>
        <location filename="../../gui/optout_page.py" line="166"/>
        <source>Every reason</source>
        <translation>Alla skäl</translation>
    </message>
    <message>
        <location filename="../../gui/optout_page.py" line="184"/>
        <source>Add addresses or domains…</source>
        <translation>Lägg till adresser eller domäner…</translation>
    </message>
    <message>
        <location filename="../../gui/optout_page.py" line="185"/>
        <source>Import a file…</source>
        <translation>Importera en fil…</translation>
    </message>
    <message>
        <location filename="../../gui/optout_page.py" line="186"/>
        <source>Import hashes…</source>
        <translation>Importera hashvärden…</translation>
    </message>
    <message>
        <location filename="../../gui/optout_page.py" line="187"/>
        <source>Export as SHA-256…</source>
        <translation>Exportera som SHA-256…</translation>
    </message>
    <message>
        <location filename="../../gui/optout_page.py" line="227"/>
        <source>{n} entries on the opt-out list. They are never removed automatically.</source>
        <translation>{n} poster på spärrlistan. De tas aldrig bort automatiskt.</translation>
    </message>
    <message>
        <location filename="../../gui/optout_page.py" line="235"/>
        <source>{n} opt-out entries</source>
        <translation>{n} poster på spärrlistan</translation>
    </message>
    <message>
        <location filename="../../gui/optout_page.py" line="239"/>
        <source>{n} matching</source>
        <translation>{n} matchar</translation>
    </message>
    <message>
        <location filename="../../gui/optout_page.py" line="248"/>
        <source>Reason</source>
        <translation>Skäl</translation>
    </message>
    <message>
        <location filename="../../gui/optout_page.py" line="249"/>
        <source>Why are these people on the list?</source>
        <translation>Varför står de här personerna på listan?</translation>
    </message>
    <message>
        <location filename="../../gui/optout_page.py" line="259"/>
        <source>Add to the opt-out list</source>
        <translation>Lägg till på spärrlistan</translation>
    </message>
    <message>
        <location filename="../../gui/optout_page.py" line="260"/>
        <source>Addresses, or whole domains written @example.com, one per line:</source>
        <translation>Adresser, eller hela domäner skrivna som @example.com, en per rad:</translation>
    </message>
    <message>
        <location filename="../../gui/optout_page.py" line="275"/>
        <source>{added} added, {already} already on the list.</source>
        <translation>Tillagda: {added}. Fanns redan på listan: {already}.</translation>
    </message>
    <message>
        <location filename="../../gui/optout_page.py" line="285"/>
        <source>Import an opt-out file</source>
        <translation>Importera en fil till spärrlistan</translation>
    </message>
    <message>
        <location filename="../../gui/optout_page.py" line="287"/>
        <source>Lists (*.csv *.txt *.tsv *.xlsx);;All files (*)</source>
        <translation>Listor (*.csv *.txt *.tsv *.xlsx);;Alla filer (*)</translation>
    </message>
    <message>
        <location filename="../../gui/optout_page.py" line="295"/>
        <source>Hashes</source>
        <translation>Hashvärden</translation>
    </message>
    <message>
        <location filename="../../gui/optout_page.py" line="296"/>
        <source>Which hashes does the file hold (first column)?</source>
        <translation>Vilken typ av hashvärden innehåller filen (första kolumnen)?</translation>
    </message>
    <message>
        <location filename="../../gui/optout_page.py" line="331"/>
        <source>{added} added, {already} already on the list, {skipped} values skipped (column “{column}”).</source>
        <translation>Tillagda: {added}. Fanns redan på listan: {already}. Överhoppade värden: {skipped} (kolumn ”{column}”).</translation>
    </message>
    <message>
        <location filename="../../gui/optout_page.py" line="340"/>
        <source>Read as our unsubscribe codes: {n} contacts found.</source>
        <translation>Lästes som våra avregistreringskoder: {n} kontakter hittades.</translation>
    </message>
    <message>
        <location filename="../../gui/optout_page.py" line="354"/>
        <source>Export the list as SHA-256 hashes</source>
        <translation>Exportera listan som SHA-256-hashvärden</translation>
    </message>
    <message>
        <location filename="../../gui/optout_page.py" line="356"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../gui/optout_page.py" line="370"/>
        <source>{domains} whole domains and {md5} MD5 hashes cannot be written as address hashes; give the domains to the provider separately.</source>
        <translation>{domains} hela domäner och {md5} MD5-hashvärden kan inte skrivas som adresshashvärden; lämna domänerna separat till leverantören.</translation>
    </message>
    <message>
        <location filename="../../gui/optout_page.py" line="375"/>
        <source>Opt-out list exported</source>
        <translation>Spärrlistan har exporterats</translation>
    </message>
    <message>
        <location filename="../../gui/optout_page.py" line="376"/>
        <source>{n} SHA-256 hashes written to {name}.</source>
        <translation>{n} SHA-256-hashvärden sparade i {name}.</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <location filename="../../gui/overview_page.py" line="150"/>
        <source>Overview</source>
        <translation>Översikt</translation>
    </message>
    <message>
        <location filename="../../gui/overview_page.py" line="155"/>
        <source>Counting…</source>
        <translation>Räknar…</translation>
    </message>
    <message>
        <location filename="../../gui/overview_page.py" line="158"/>
        <source>Review job titles…</source>
        <translation>Granska befattningar…</translation>
    </message>
    <message>
        <location filename="../../gui/overview_page.py" line="171"/>
        <source>Contacts per job function</source>
        <translation>Kontakter per funktion</translation>
    </message>
    <message>
        <location filename="../../gui/overview_page.py" line="174"/>
        <source>Contacts per seniority</source>
        <translation>Kontakter per befattningsnivå</translation>
    </message>
    <message>
        <location filename="../../gui/overview_page.py" line="180"/>
        <source>Click a bar to see those contacts.</source>
        <translation>Klicka på en stapel för att se de kontakterna.</translation>
    </message>
    <message>
        <location filename="../../gui/overview_page.py" line="230"/>
        <source>{n} contacts</source>
        <translation>{n} kontakter</translation>
    </message>
    <message>
        <location filename="../../gui/overview_page.py" line="260"/>
        <source>The workspace has no contacts yet: import a file to begin.</source>
        <translation>Arbetsytan har inga kontakter än: importera en fil för att börja.</translation>
    </message>
    <message>
        <location filename="../../gui/overview_page.py" line="262"/>
        <source>1 contact.</source>
        <translation>1 kontakt.</translation>
    </message>
    <message>
        <location filename="../../gui/overview_page.py" line="264"/>
        <source>{n} contacts.</source>
        <translation>{n} kontakter.</translation>
    </message>
    <message>
        <location filename="../../gui/overview_page.py" line="268"/>
        <source>{n} of them have a job title Clearlist could not fully classify ({titles} distinct titles): review the most common ones to place them.</source>
        <translation>{n} av dem har en befattning som Clearlist inte kunde klassificera helt ({titles} olika befattningar): granska de vanligaste för att placera dem.</translation>
    </message>
</context>
<context>
    <name>PersonPage</name>
    <message>
        <location filename="../../gui/person_page.py" line="71"/>
        <source>Find a person by e-mail address or name</source>
        <translation>Sök en person på e-postadress eller namn</translation>
    </message>
    <message>
        <location filename="../../gui/person_page.py" line="103"/>
        <source>Everything stored</source>
        <translation>Allt som finns lagrat</translation>
    </message>
    <message>
        <location filename="../../gui/person_page.py" line="104"/>
        <source>Correct the data</source>
        <translation>Rätta uppgifterna</translation>
    </message>
    <message>
        <location filename="../../gui/person_page.py" line="106"/>
        <source>Access report…</source>
        <translation>Registerutdrag…</translation>
    </message>
    <message>
        <location filename="../../gui/person_page.py" line="108"/>
        <source>Write the person&apos;s access report (GDPR art. 15) as PDF, HTML or JSON</source>
        <translation>Skapa personens registerutdrag (GDPR art. 15) som PDF, HTML eller JSON</translation>
    </message>
    <message>
        <location filename="../../gui/person_page.py" line="111"/>
        <source>Log a request…</source>
        <translation>Registrera en begäran…</translation>
    </message>
    <message>
        <location filename="../../gui/person_page.py" line="113"/>
        <source>Opt out (objection)</source>
        <translation>Spärra (invändning)</translation>
    </message>
    <message>
        <location filename="../../gui/person_page.py" line="115"/>
        <source>Put the address on the opt-out list now: no more marketing messages</source>
        <translation>Lägg adressen på spärrlistan nu: inga fler marknadsföringsutskick</translation>
    </message>
    <message>
        <location filename="../../gui/person_page.py" line="118"/>
        <source>Erase…</source>
        <translation>Radera…</translation>
    </message>
    <message>
        <location filename="../../gui/person_page.py" line="121"/>
        <source>Delete every trace of the person; keep only a fingerprint of the address</source>
        <translation>Radera alla spår av personen; behåll bara ett fingeravtryck av adressen</translation>
    </message>
    <message>
        <location filename="../../gui/person_page.py" line="157"/>
        <source>Type an address (or its beginning) or a name. A person who is only on the opt-out list is found by their full address.</source>
        <translation>Skriv en adress (eller början av den) eller ett namn. En person som bara finns på spärrlistan hittas med sin fullständiga adress.</translation>
    </message>
    <message>
        <location filename="../../gui/person_page.py" line="184"/>
        <source>{email} (opt-out list only)</source>
        <translation>{email} (bara på spärrlistan)</translation>
    </message>
    <message>
        <location filename="../../gui/person_page.py" line="188"/>
        <source>No one found.</source>
        <translation>Ingen hittades.</translation>
    </message>
    <message>
        <location filename="../../gui/person_page.py" line="208"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../gui/person_page.py" line="235"/>
        <source>No person chosen</source>
        <translation>Ingen person vald</translation>
    </message>
    <message>
        <location filename="../../gui/person_page.py" line="241"/>
        <source>Find a person on the left to see everything stored about them and to answer their requests.</source>
        <translation>Sök upp en person till vänster för att se allt som finns lagrat om personen och besvara personens begäranden.</translation>
    </message>
    <message>
        <location filename="../../gui/person_page.py" line="253"/>
        <source>On the opt-out list</source>
        <translation>På spärrlistan</translation>
    </message>
    <message>
        <location filename="../../gui/person_page.py" line="255"/>
        <source>Whole domain opted out</source>
        <translation>Hela domänen spärrad</translation>
    </message>
    <message>
        <location filename="../../gui/person_page.py" line="258"/>
        <source>{n} open request(s)</source>
        <translation>Pågående begäranden: {n}</translation>
    </message>
    <message>
        <location filename="../../gui/person_page.py" line="260"/>
        <source>Company role address (not personal data)</source>
        <translation>Funktionsadress i ett företag (inte personuppgifter)</translation>
    </message>
    <message>
        <location filename="../../gui/person_page.py" line="270"/>
        <source>cleared</source>
        <translation>godkänd</translation>
    </message>
    <message>
        <location filename="../../gui/person_page.py" line="271"/>
        <source>cleared with the notice</source>
        <translation>godkänd med information vid första kontakt</translation>
    </message>
    <message>
        <location filename="../../gui/person_page.py" line="272"/>
        <source>excluded</source>
        <translation>utesluten</translation>
    </message>
    <message>
        <location filename="../../gui/person_page.py" line="274"/>
        <source>Stored data</source>
        <translation>Lagrade uppgifter</translation>
    </message>
    <message>
        <location filename="../../gui/person_page.py" line="290"/>
        <source>No contact row: only the opt-out list holds this address.</source>
        <translation>Ingen kontaktpost: adressen finns bara på spärrlistan.</translation>
    </message>
    <message>
        <location filename="../../gui/person_page.py" line="295"/>
        <source>Retention</source>
        <translation>Lagringstid</translation>
    </message>
    <message>
        <location filename="../../gui/person_page.py" line="297"/>
        <source>A company role address: no retention limit.</source>
        <translation>En funktionsadress i ett företag: ingen begränsad lagringstid.</translation>
    </message>
    <message>
        <location filename="../../gui/person_page.py" line="299"/>
        <source>Kept until {date} (three years after {basis}, {start}).</source>
        <translation>Sparas till {date} (tre år efter {basis}, {start}).</translation>
    </message>
    <message>
        <location filename="../../gui/person_page.py" line="302"/>
        <source>collection</source>
        <translation>insamlingen</translation>
    </message>
    <message>
        <location filename="../../gui/person_page.py" line="303"/>
        <source>the person&apos;s last contact</source>
        <translation>personens senaste kontakt</translation>
    </message>
    <message>
        <location filename="../../gui/person_page.py" line="304"/>
        <source>the last purchase</source>
        <translation>det senaste köpet</translation>
    </message>
    <message>
        <location filename="../../gui/person_page.py" line="309"/>
        <source>No date to count from.</source>
        <translation>Inget datum att räkna från.</translation>
    </message>
    <message>
        <location filename="../../gui/person_page.py" line="312"/>
        <source>Sources</source>
        <translation>Källor</translation>
    </message>
    <message>
        <location filename="../../gui/person_page.py" line="319"/>
        <source>None recorded.</source>
        <translation>Inga registrerade.</translation>
    </message>
    <message>
        <location filename="../../gui/person_page.py" line="322"/>
        <source>Exports and campaigns</source>
        <translation>Exporter och kampanjer</translation>
    </message>
    <message>
        <location filename="../../gui/person_page.py" line="325"/>
        <source>{date}: “{campaign}” for {tool} ({decision})</source>
        <translation>{date}: ”{campaign}” för {tool} ({decision})</translation>
    </message>
    <message>
        <location filename="../../gui/person_page.py" line="328"/>
        <source>any e-mail tool</source>
        <translation>valfritt e-postverktyg</translation>
    </message>
    <message>
        <location filename="../../gui/person_page.py" line="333"/>
        <source>Never exported.</source>
        <translation>Aldrig exporterad.</translation>
    </message>
    <message>
        <location filename="../../gui/person_page.py" line="336"/>
        <source>Opt-out</source>
        <translation>Spärrlista</translation>
    </message>
    <message>
        <location filename="../../gui/person_page.py" line="339"/>
        <source>{date}: {kind}, reason {reason}</source>
        <translation>{date}: {kind}, skäl: {reason}</translation>
    </message>
    <message>
        <location filename="../../gui/person_page.py" line="346"/>
        <source>Not on the opt-out list.</source>
        <translation>Finns inte på spärrlistan.</translation>
    </message>
    <message>
        <location filename="../../gui/person_page.py" line="349"/>
        <source>Requests</source>
        <translation>Begäranden</translation>
    </message>
    <message>
        <location filename="../../gui/person_page.py" line="352"/>
        <source>open</source>
        <translation>pågående</translation>
    </message>
    <message>
        <location filename="../../gui/person_page.py" line="353"/>
        <source>answered</source>
        <translation>besvarad</translation>
    </message>
    <message>
        <location filename="../../gui/person_page.py" line="354"/>
        <source>refused</source>
        <translation>avslagen</translation>
    </message>
    <message>
        <location filename="../../gui/person_page.py" line="358"/>
        <source>Received {received}: {kind} — {status}, answer by {deadline}</source>
        <translation>Mottagen {received}: {kind} – {status}, svar senast {deadline}</translation>
    </message>
    <message>
        <location filename="../../gui/person_page.py" line="366"/>
        <source>No request.</source>
        <translation>Inga begäranden.</translation>
    </message>
    <message>
        <location filename="../../gui/person_page.py" line="369"/>
        <source>Breaches</source>
        <translation>Incidenter</translation>
    </message>
    <message>
        <location filename="../../gui/person_page.py" line="372"/>
        <source>Breach #{id}, noticed {date}</source>
        <translation>Personuppgiftsincident #{id}, upptäckt {date}</translation>
    </message>
    <message>
        <location filename="../../gui/person_page.py" line="391"/>
        <source>Save the access report</source>
        <translation>Spara registerutdraget</translation>
    </message>
    <message>
        <location filename="../../gui/person_page.py" line="393"/>
        <source>PDF (*.pdf);;Web page (*.html);;JSON (*.json)</source>
        <translation>PDF (*.pdf);;Webbsida (*.html);;JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../../gui/person_page.py" line="416"/>
        <source>Access report</source>
        <translation>Registerutdrag</translation>
    </message>
    <message>
        <location filename="../../gui/person_page.py" line="419"/>
        <source>Access report saved: {name}</source>
        <translation>Registerutdraget har sparats: {name}</translation>
    </message>
    <message>
        <location filename="../../gui/person_page.py" line="439"/>
        <location filename="../../gui/person_page.py" line="456"/>
        <source>Opt out</source>
        <translation>Spärra</translation>
    </message>
    <message>
        <location filename="../../gui/person_page.py" line="441"/>
        <source>Put {email} on the opt-out list now? No marketing message will be sent to this address again.</source>
        <translation>Vill du lägga {email} på spärrlistan nu? Inga fler marknadsföringsutskick skickas till den här adressen.</translation>
    </message>
    <message>
        <location filename="../../gui/person_page.py" line="458"/>
        <source>The address is on the opt-out list.</source>
        <translation>Adressen finns på spärrlistan.</translation>
    </message>
    <message>
        <location filename="../../gui/person_page.py" line="467"/>
        <location filename="../../gui/person_page.py" line="489"/>
        <location filename="../../gui/person_page.py" line="502"/>
        <source>Erase a person</source>
        <translation>Radera en person</translation>
    </message>
    <message>
        <location filename="../../gui/person_page.py" line="468"/>
        <source>Erase {email} everywhere?</source>
        <translation>Vill du radera {email} överallt?</translation>
    </message>
    <message>
        <location filename="../../gui/person_page.py" line="471"/>
        <source>The contact, its notes, its history, its export and breach links and its search entries are deleted for good. Only a fingerprint (SHA-256) of the address stays on the opt-out list, so that no later import brings the person back. This cannot be undone.</source>
        <translation>Kontakten, dess anteckningar, historik, kopplingar till exporter och personuppgiftsincidenter samt sökposter raderas för gott. Bara ett fingeravtryck (SHA-256) av adressen finns kvar på spärrlistan, så att ingen senare import för tillbaka personen. Det går inte att ångra.</translation>
    </message>
    <message>
        <location filename="../../gui/person_page.py" line="477"/>
        <source>Erase</source>
        <translation>Radera</translation>
    </message>
    <message>
        <location filename="../../gui/person_page.py" line="492"/>
        <source>The person was erased; only a fingerprint of the address is kept.</source>
        <translation>Personen har raderats; bara ett fingeravtryck av adressen sparas.</translation>
    </message>
    <message>
        <location filename="../../gui/person_page.py" line="495"/>
        <source>They were in files exported for: {tools}. Delete them in those tools too.</source>
        <translation>Personen fanns i filer som exporterats för: {tools}. Radera personen i de verktygen också.</translation>
    </message>
    <message>
        <location filename="../../gui/person_page.py" line="499"/>
        <source>Another task was reading the workspace, so old copies of the erased data remain in its journal until Clearlist is closed.</source>
        <translation>En annan uppgift läste arbetsytan, så gamla kopior av de raderade uppgifterna finns kvar i dess journal tills Clearlist stängs.</translation>
    </message>
    <message>
        <location filename="../../gui/person_page.py" line="513"/>
        <source>The correction was saved (and audited).</source>
        <translation>Rättelsen har sparats (och loggats).</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <location filename="../../gui/import_preview_page.py" line="42"/>
        <source>Preview</source>
        <translation>Förhandsgranskning</translation>
    </message>
    <message>
        <location filename="../../gui/import_preview_page.py" line="44"/>
        <source>What the import will do. Nothing is saved yet: check, then press Import.</source>
        <translation>Så här kommer importen att gå. Ingenting har sparats än: kontrollera och tryck sedan på Importera.</translation>
    </message>
    <message>
        <location filename="../../gui/import_preview_page.py" line="56"/>
        <source>Stop</source>
        <translation>Stoppa</translation>
    </message>
    <message>
        <location filename="../../gui/import_preview_page.py" line="64"/>
        <source>Rows in the file</source>
        <translation>Rader i filen</translation>
    </message>
    <message>
        <location filename="../../gui/import_preview_page.py" line="65"/>
        <source>New contacts</source>
        <translation>Nya kontakter</translation>
    </message>
    <message>
        <location filename="../../gui/import_preview_page.py" line="66"/>
        <source>Contacts already here, updated</source>
        <translation>Befintliga kontakter som uppdateras</translation>
    </message>
    <message>
        <location filename="../../gui/import_preview_page.py" line="67"/>
        <source>Duplicates (nothing to change)</source>
        <translation>Dubbletter (inget att ändra)</translation>
    </message>
    <message>
        <location filename="../../gui/import_preview_page.py" line="68"/>
        <source>On the opt-out list (never imported)</source>
        <translation>På spärrlistan (importeras aldrig)</translation>
    </message>
    <message>
        <location filename="../../gui/import_preview_page.py" line="69"/>
        <source>Rejected</source>
        <translation>Avvisade</translation>
    </message>
    <message>
        <location filename="../../gui/import_preview_page.py" line="88"/>
        <source>The first contacts, as they will be stored:</source>
        <translation>De första kontakterna, så som de kommer att lagras:</translation>
    </message>
    <message>
        <location filename="../../gui/import_preview_page.py" line="93"/>
        <source>Import</source>
        <translation>Importera</translation>
    </message>
    <message>
        <location filename="../../gui/import_preview_page.py" line="125"/>
        <source>This same file was already imported on {date} (batch {batch}, source &apos;{source}&apos;). Importing it again adds no new contacts; it links them to this source too.</source>
        <translation>Samma fil importerades redan {date} (omgång {batch}, källa ”{source}”). Om du importerar den igen tillkommer inga nya kontakter; de kopplas bara även till den här källan.</translation>
    </message>
    <message>
        <location filename="../../gui/import_preview_page.py" line="146"/>
        <source>{n} possible duplicates (same name and company, another address) will be kept apart, not merged.</source>
        <translation>{n} möjliga dubbletter (samma namn och företag, annan adress) hålls isär och slås inte ihop.</translation>
    </message>
    <message>
        <location filename="../../gui/import_preview_page.py" line="152"/>
        <source>{n} columns are not imported.</source>
        <translation>Kolumner som inte importeras: {n}.</translation>
    </message>
    <message>
        <location filename="../../gui/import_preview_page.py" line="171"/>
        <source>Preview stopped. Go back, or press Next to import.</source>
        <translation>Förhandsgranskningen stoppades. Gå tillbaka eller tryck på Nästa för att importera.</translation>
    </message>
</context>
<context>
    <name>RegisterPage</name>
    <message>
        <location filename="../../gui/register_page.py" line="75"/>
        <source>The record of processing activities the GDPR asks every business that manages prospects and customers to keep (article 30). Sections you have not edited follow the workspace: the sources in use, the tools lists were exported to, the kinds of data stored.</source>
        <translation>Det register över behandlingar som GDPR kräver att varje företag som hanterar potentiella kunder och kunder ska föra (artikel 30). Avsnitt som du inte har redigerat följer arbetsytan: de källor som används, de verktyg som listor har exporterats till och de typer av uppgifter som lagras.</translation>
    </message>
    <message>
        <location filename="../../gui/register_page.py" line="88"/>
        <source>Save</source>
        <translation>Spara</translation>
    </message>
    <message>
        <location filename="../../gui/register_page.py" line="91"/>
        <source>Export as HTML…</source>
        <translation>Exportera som HTML…</translation>
    </message>
    <message>
        <location filename="../../gui/register_page.py" line="93"/>
        <source>Export as PDF…</source>
        <translation>Exportera som PDF…</translation>
    </message>
    <message>
        <location filename="../../gui/register_page.py" line="96"/>
        <source>Language of the suggestions and the export:</source>
        <translation>Språk för förslagen och exporten:</translation>
    </message>
    <message>
        <location filename="../../gui/register_page.py" line="132"/>
        <source>your text (saved {date})</source>
        <translation>din text (sparad {date})</translation>
    </message>
    <message>
        <location filename="../../gui/register_page.py" line="135"/>
        <source>suggested from the workspace</source>
        <translation>förslag utifrån arbetsytan</translation>
    </message>
    <message>
        <location filename="../../gui/register_page.py" line="155"/>
        <source>The register was saved.</source>
        <translation>Registret har sparats.</translation>
    </message>
    <message>
        <location filename="../../gui/register_page.py" line="167"/>
        <location filename="../../gui/register_page.py" line="198"/>
        <source>Register</source>
        <translation>Behandlingsregister</translation>
    </message>
    <message>
        <location filename="../../gui/register_page.py" line="168"/>
        <source>Save your changes to the register?</source>
        <translation>Vill du spara dina ändringar i registret?</translation>
    </message>
    <message>
        <location filename="../../gui/register_page.py" line="177"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../gui/register_page.py" line="177"/>
        <source>Web page (*.html)</source>
        <translation>Webbsida (*.html)</translation>
    </message>
    <message>
        <location filename="../../gui/register_page.py" line="180"/>
        <source>Export the register</source>
        <translation>Exportera registret</translation>
    </message>
    <message>
        <location filename="../../gui/register_page.py" line="194"/>
        <source>Register of processing activities</source>
        <translation>Register över behandlingar</translation>
    </message>
    <message>
        <location filename="../../gui/register_page.py" line="201"/>
        <source>The register was exported to {name}</source>
        <translation>Registret har exporterats till {name}</translation>
    </message>
</context>
<context>
    <name>ReportOptionsDialog</name>
    <message>
        <location filename="../../gui/report_options_dialog.py" line="29"/>
        <source>Access report</source>
        <translation>Registerutdrag</translation>
    </message>
    <message>
        <location filename="../../gui/report_options_dialog.py" line="36"/>
        <source>None</source>
        <translation>Ingen</translation>
    </message>
    <message>
        <location filename="../../gui/report_options_dialog.py" line="40"/>
        <source>Access request received {date}</source>
        <translation>Begäran om tillgång mottagen {date}</translation>
    </message>
    <message>
        <location filename="../../gui/report_options_dialog.py" line="48"/>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <location filename="../../gui/report_options_dialog.py" line="49"/>
        <source>Answers the request</source>
        <translation>Besvarar begäran</translation>
    </message>
</context>
<context>
    <name>RequestCloseDialog</name>
    <message>
        <location filename="../../gui/request_close_dialog.py" line="26"/>
        <location filename="../../gui/request_close_dialog.py" line="43"/>
        <source>Close the request</source>
        <translation>Avsluta begäran</translation>
    </message>
    <message>
        <location filename="../../gui/request_close_dialog.py" line="28"/>
        <source>Answered</source>
        <translation>Besvarad</translation>
    </message>
    <message>
        <location filename="../../gui/request_close_dialog.py" line="29"/>
        <source>Refused (say why)</source>
        <translation>Avslagen (ange varför)</translation>
    </message>
    <message>
        <location filename="../../gui/request_close_dialog.py" line="32"/>
        <source>What was done, or why the request is refused (the person must be told)</source>
        <translation>Vad som gjordes, eller varför begäran avslås (personen måste informeras)</translation>
    </message>
    <message>
        <location filename="../../gui/request_close_dialog.py" line="36"/>
        <source>e.g. access-report.pdf</source>
        <translation>t.ex. registerutdrag.pdf</translation>
    </message>
    <message>
        <location filename="../../gui/request_close_dialog.py" line="39"/>
        <source>Result</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <location filename="../../gui/request_close_dialog.py" line="40"/>
        <source>Outcome</source>
        <translation>Utfall</translation>
    </message>
    <message>
        <location filename="../../gui/request_close_dialog.py" line="41"/>
        <source>File sent</source>
        <translation>Skickad fil</translation>
    </message>
    <message>
        <location filename="../../gui/request_close_dialog.py" line="42"/>
        <source>Closed on</source>
        <translation>Avslutad den</translation>
    </message>
</context>
<context>
    <name>RequestDialog</name>
    <message>
        <location filename="../../gui/request_dialog.py" line="50"/>
        <source>Log a request</source>
        <translation>Registrera en begäran</translation>
    </message>
    <message>
        <location filename="../../gui/request_dialog.py" line="57"/>
        <source>name@example.com</source>
        <translation>namn@example.com</translation>
    </message>
    <message>
        <location filename="../../gui/request_dialog.py" line="63"/>
        <source>e.g. the request came from the address we hold; ID card seen</source>
        <translation>t.ex. begäran kom från adressen vi har registrerad; id-handling uppvisad</translation>
    </message>
    <message>
        <location filename="../../gui/request_dialog.py" line="68"/>
        <source>Request</source>
        <translation>Begäran</translation>
    </message>
    <message>
        <location filename="../../gui/request_dialog.py" line="69"/>
        <source>Person&apos;s e-mail address</source>
        <translation>Personens e-postadress</translation>
    </message>
    <message>
        <location filename="../../gui/request_dialog.py" line="70"/>
        <source>Received on</source>
        <translation>Mottagen den</translation>
    </message>
    <message>
        <location filename="../../gui/request_dialog.py" line="71"/>
        <source>How identity was checked</source>
        <translation>Hur identiteten kontrollerades</translation>
    </message>
    <message>
        <location filename="../../gui/request_dialog.py" line="72"/>
        <source>Answer by</source>
        <translation>Svar senast</translation>
    </message>
    <message>
        <location filename="../../gui/request_dialog.py" line="73"/>
        <source>Log the request</source>
        <translation>Registrera begäran</translation>
    </message>
    <message>
        <location filename="../../gui/request_dialog.py" line="81"/>
        <source>{date} (one month; can be extended by two months if you tell the person within the first month)</source>
        <translation>{date} (en månad; kan förlängas med två månader om du meddelar personen inom den första månaden)</translation>
    </message>
</context>
<context>
    <name>RequestExtendDialog</name>
    <message>
        <location filename="../../gui/request_extend_dialog.py" line="26"/>
        <source>Extend the deadline</source>
        <translation>Förläng tidsfristen</translation>
    </message>
    <message>
        <location filename="../../gui/request_extend_dialog.py" line="31"/>
        <source>The answer may take two more months (until {later}) for a complex request, provided the person is told, with the reasons, within the first month (by {first}).</source>
        <translation>Vid en komplicerad begäran får svaret dröja två månader till (till {later}), förutsatt att personen får veta det, med skälen, inom den första månaden (senast {first}).</translation>
    </message>
    <message>
        <location filename="../../gui/request_extend_dialog.py" line="40"/>
        <source>The person was told on</source>
        <translation>Personen informerades den</translation>
    </message>
    <message>
        <location filename="../../gui/request_extend_dialog.py" line="41"/>
        <source>Extend</source>
        <translation>Förläng</translation>
    </message>
</context>
<context>
    <name>RequestsPage</name>
    <message>
        <location filename="../../gui/requests_page.py" line="52"/>
        <source>Open requests</source>
        <translation>Pågående begäranden</translation>
    </message>
    <message>
        <location filename="../../gui/requests_page.py" line="53"/>
        <source>Overdue or due this week</source>
        <translation>Försenade eller med svarsfrist i veckan</translation>
    </message>
    <message>
        <location filename="../../gui/requests_page.py" line="54"/>
        <source>All requests</source>
        <translation>Alla begäranden</translation>
    </message>
    <message>
        <location filename="../../gui/requests_page.py" line="62"/>
        <source>Received</source>
        <translation>Mottagen</translation>
    </message>
    <message>
        <location filename="../../gui/requests_page.py" line="63"/>
        <source>Request</source>
        <translation>Begäran</translation>
    </message>
    <message>
        <location filename="../../gui/requests_page.py" line="64"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../gui/requests_page.py" line="65"/>
        <source>Identity checked by</source>
        <translation>Identitet kontrollerad genom</translation>
    </message>
    <message>
        <location filename="../../gui/requests_page.py" line="66"/>
        <source>Answer by</source>
        <translation>Svar senast</translation>
    </message>
    <message>
        <location filename="../../gui/requests_page.py" line="67"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../gui/requests_page.py" line="68"/>
        <source>Outcome</source>
        <translation>Utfall</translation>
    </message>
    <message>
        <location filename="../../gui/requests_page.py" line="69"/>
        <source>File sent</source>
        <translation>Skickad fil</translation>
    </message>
    <message>
        <location filename="../../gui/requests_page.py" line="82"/>
        <source>New request…</source>
        <translation>Ny begäran…</translation>
    </message>
    <message>
        <location filename="../../gui/requests_page.py" line="84"/>
        <source>Extend the deadline…</source>
        <translation>Förläng tidsfristen…</translation>
    </message>
    <message>
        <location filename="../../gui/requests_page.py" line="86"/>
        <source>Close…</source>
        <translation>Avsluta…</translation>
    </message>
    <message>
        <location filename="../../gui/requests_page.py" line="88"/>
        <source>Open the person</source>
        <translation>Öppna personen</translation>
    </message>
    <message>
        <location filename="../../gui/requests_page.py" line="115"/>
        <source>open</source>
        <translation>pågående</translation>
    </message>
    <message>
        <location filename="../../gui/requests_page.py" line="116"/>
        <source>answered</source>
        <translation>besvarad</translation>
    </message>
    <message>
        <location filename="../../gui/requests_page.py" line="117"/>
        <source>refused</source>
        <translation>avslagen</translation>
    </message>
    <message>
        <location filename="../../gui/requests_page.py" line="122"/>
        <source>(no contact: erased or unknown)</source>
        <translation>(ingen kontakt: raderad eller okänd)</translation>
    </message>
    <message>
        <location filename="../../gui/requests_page.py" line="127"/>
        <source>(extended)</source>
        <translation>(förlängd)</translation>
    </message>
    <message>
        <location filename="../../gui/requests_page.py" line="130"/>
        <source>OVERDUE</source>
        <translation>FÖRSENAD</translation>
    </message>
    <message>
        <location filename="../../gui/requests_page.py" line="132"/>
        <source>due this week</source>
        <translation>svarsfrist i veckan</translation>
    </message>
    <message>
        <location filename="../../gui/requests_page.py" line="153"/>
        <source>{overdue} overdue, {soon} due this week</source>
        <translation>Försenade: {overdue}, svarsfrist i veckan: {soon}</translation>
    </message>
    <message>
        <location filename="../../gui/requests_page.py" line="186"/>
        <source>The request was logged.</source>
        <translation>Begäran har registrerats.</translation>
    </message>
    <message>
        <location filename="../../gui/requests_page.py" line="219"/>
        <source>Requests</source>
        <translation>Begäranden</translation>
    </message>
</context>
<context>
    <name>RetentionModel</name>
    <message>
        <location filename="../../gui/retention_page.py" line="55"/>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <location filename="../../gui/retention_page.py" line="56"/>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location filename="../../gui/retention_page.py" line="57"/>
        <source>Company</source>
        <translation>Företag</translation>
    </message>
    <message>
        <location filename="../../gui/retention_page.py" line="58"/>
        <source>Kept until</source>
        <translation>Sparas till</translation>
    </message>
    <message>
        <location filename="../../gui/retention_page.py" line="59"/>
        <source>Counted from</source>
        <translation>Räknat från</translation>
    </message>
    <message>
        <location filename="../../gui/retention_page.py" line="83"/>
        <source>collection on {date}</source>
        <translation>insamlingen {date}</translation>
    </message>
    <message>
        <location filename="../../gui/retention_page.py" line="84"/>
        <source>their last contact on {date}</source>
        <translation>senaste kontakten {date}</translation>
    </message>
    <message>
        <location filename="../../gui/retention_page.py" line="85"/>
        <source>their last purchase on {date}</source>
        <translation>senaste köpet {date}</translation>
    </message>
</context>
<context>
    <name>RetentionPage</name>
    <message>
        <location filename="../../gui/retention_page.py" line="118"/>
        <source>A prospect&apos;s data is kept three years from its collection or from the last contact coming from the person (a reply, an order, a click), whichever is later; a customer&apos;s, three years after the last purchase. The opt-out list is never purged.</source>
        <translation>En potentiell kunds uppgifter sparas i tre år från insamlingen eller från personens senaste egna kontakt (ett svar, en beställning, ett klick), beroende på vilket som är senast; en kunds uppgifter i tre år efter det senaste köpet. Spärrlistan rensas aldrig.</translation>
    </message>
    <message>
        <location filename="../../gui/retention_page.py" line="137"/>
        <source>Ended</source>
        <translation>Löpt ut</translation>
    </message>
    <message>
        <location filename="../../gui/retention_page.py" line="138"/>
        <source>Ending within 60 days</source>
        <translation>Löper ut inom 60 dagar</translation>
    </message>
    <message>
        <location filename="../../gui/retention_page.py" line="140"/>
        <source>Check again</source>
        <translation>Kontrollera igen</translation>
    </message>
    <message>
        <location filename="../../gui/retention_page.py" line="142"/>
        <source>Delete the ended contacts…</source>
        <translation>Ta bort kontakter med utgången lagringstid…</translation>
    </message>
    <message>
        <location filename="../../gui/retention_page.py" line="145"/>
        <source>Save the list ending soon (CSV)…</source>
        <translation>Spara dem som snart löper ut (CSV)…</translation>
    </message>
    <message>
        <location filename="../../gui/retention_page.py" line="147"/>
        <source>Write them to a file, to ask them whether they are still interested</source>
        <translation>Spara dem i en fil för att fråga om de fortfarande är intresserade</translation>
    </message>
    <message>
        <location filename="../../gui/retention_page.py" line="192"/>
        <source>Checking every contact&apos;s retention period…</source>
        <translation>Kontrollerar varje kontakts lagringstid…</translation>
    </message>
    <message>
        <location filename="../../gui/retention_page.py" line="212"/>
        <source>Ended ({n})</source>
        <translation>Löpt ut ({n})</translation>
    </message>
    <message>
        <location filename="../../gui/retention_page.py" line="214"/>
        <source>Ending within 60 days ({n})</source>
        <translation>Löper ut inom 60 dagar ({n})</translation>
    </message>
    <message>
        <location filename="../../gui/retention_page.py" line="217"/>
        <source>{ended} contacts&apos; retention period has ended; {soon} more end within 60 days.</source>
        <translation>Kontakter vars lagringstid har löpt ut: {ended}; som löper ut inom 60 dagar: {soon}.</translation>
    </message>
    <message>
        <location filename="../../gui/retention_page.py" line="233"/>
        <source>Delete the ended contacts</source>
        <translation>Ta bort kontakter med utgången lagringstid</translation>
    </message>
    <message>
        <location filename="../../gui/retention_page.py" line="235"/>
        <source>Delete the {n} contacts whose retention period has ended? Their data is deleted for good (the opt-out list stays as it is). Each one is checked again first, so a contact who came back in touch since is kept.</source>
        <translation>Vill du ta bort de {n} kontakter vars lagringstid har löpt ut? Deras uppgifter raderas för gott (spärrlistan lämnas orörd). Varje kontakt kontrolleras först igen, så en kontakt som har hört av sig sedan dess behålls.</translation>
    </message>
    <message>
        <location filename="../../gui/retention_page.py" line="246"/>
        <source>Deleting…</source>
        <translation>Tar bort…</translation>
    </message>
    <message>
        <location filename="../../gui/retention_page.py" line="268"/>
        <source>{n} contacts deleted.</source>
        <translation>Borttagna kontakter: {n}.</translation>
    </message>
    <message>
        <location filename="../../gui/retention_page.py" line="285"/>
        <source>Save the list ending soon</source>
        <translation>Spara kontakterna som snart löper ut</translation>
    </message>
    <message>
        <location filename="../../gui/retention_page.py" line="287"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../gui/retention_page.py" line="300"/>
        <source>Retention</source>
        <translation>Lagringstid</translation>
    </message>
    <message>
        <location filename="../../gui/retention_page.py" line="303"/>
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
        <location filename="../../gui/segment_editor.py" line="185"/>
        <source>Segment “{name}”</source>
        <translation>Segment ”{name}”</translation>
    </message>
    <message>
        <location filename="../../gui/segment_editor.py" line="187"/>
        <source>New segment</source>
        <translation>Nytt segment</translation>
    </message>
    <message>
        <location filename="../../gui/segment_editor.py" line="199"/>
        <source>e.g. Finance directors in France</source>
        <translation>t.ex. Ekonomichefer i Sverige</translation>
    </message>
    <message>
        <location filename="../../gui/segment_editor.py" line="216"/>
        <source>part of the company name</source>
        <translation>del av företagsnamnet</translation>
    </message>
    <message>
        <location filename="../../gui/segment_editor.py" line="218"/>
        <source>any of these tags, separated by ;</source>
        <translation>någon av dessa taggar, åtskilda med ;</translation>
    </message>
    <message>
        <location filename="../../gui/segment_editor.py" line="221"/>
        <source>words in names, company, e-mail address or job title</source>
        <translation>ord i namn, företag, e-postadress eller befattning</translation>
    </message>
    <message>
        <location filename="../../gui/segment_editor.py" line="224"/>
        <source>Any</source>
        <translation>Oavsett</translation>
    </message>
    <message>
        <location filename="../../gui/segment_editor.py" line="225"/>
        <source>Consent recorded with its proof (date and source)</source>
        <translation>Samtycke registrerat med bevis (datum och källa)</translation>
    </message>
    <message>
        <location filename="../../gui/segment_editor.py" line="226"/>
        <source>No consent with proof</source>
        <translation>Inget samtycke med bevis</translation>
    </message>
    <message>
        <location filename="../../gui/segment_editor.py" line="230"/>
        <source>Who</source>
        <translation>Vem</translation>
    </message>
    <message>
        <location filename="../../gui/segment_editor.py" line="232"/>
        <source>Job function:</source>
        <translation>Funktion:</translation>
    </message>
    <message>
        <location filename="../../gui/segment_editor.py" line="233"/>
        <source>Seniority:</source>
        <translation>Befattningsnivå:</translation>
    </message>
    <message>
        <location filename="../../gui/segment_editor.py" line="234"/>
        <source>Audience:</source>
        <translation>Målgrupp:</translation>
    </message>
    <message>
        <location filename="../../gui/segment_editor.py" line="235"/>
        <source>Country:</source>
        <translation>Land:</translation>
    </message>
    <message>
        <location filename="../../gui/segment_editor.py" line="236"/>
        <source>Company:</source>
        <translation>Företag:</translation>
    </message>
    <message>
        <location filename="../../gui/segment_editor.py" line="237"/>
        <source>Tags:</source>
        <translation>Taggar:</translation>
    </message>
    <message>
        <location filename="../../gui/segment_editor.py" line="238"/>
        <source>Text:</source>
        <translation>Text:</translation>
    </message>
    <message>
        <location filename="../../gui/segment_editor.py" line="239"/>
        <source>Source and lawful basis</source>
        <translation>Källa och rättslig grund</translation>
    </message>
    <message>
        <location filename="../../gui/segment_editor.py" line="241"/>
        <source>Lawful basis:</source>
        <translation>Rättslig grund:</translation>
    </message>
    <message>
        <location filename="../../gui/segment_editor.py" line="242"/>
        <source>Consent:</source>
        <translation>Samtycke:</translation>
    </message>
    <message>
        <location filename="../../gui/segment_editor.py" line="243"/>
        <source>Source type:</source>
        <translation>Typ av källa:</translation>
    </message>
    <message>
        <location filename="../../gui/segment_editor.py" line="244"/>
        <source>Import batch:</source>
        <translation>Importomgång:</translation>
    </message>
    <message>
        <location filename="../../gui/segment_editor.py" line="245"/>
        <source>Dates</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../gui/segment_editor.py" line="247"/>
        <source>Collected:</source>
        <translation>Insamlad:</translation>
    </message>
    <message>
        <location filename="../../gui/segment_editor.py" line="248"/>
        <source>Last inbound contact:</source>
        <translation>Senaste inkommande kontakt:</translation>
    </message>
    <message>
        <location filename="../../gui/segment_editor.py" line="251"/>
        <source>A contact is in the segment when it meets every criterion you set; inside one criterion, any ticked value will do. Criteria left empty keep everyone.</source>
        <translation>En kontakt ingår i segmentet när den uppfyller alla kriterier du anger; inom ett kriterium räcker något av de markerade värdena. Tomma kriterier utesluter ingen.</translation>
    </message>
    <message>
        <location filename="../../gui/segment_editor.py" line="280"/>
        <source>Delete segment…</source>
        <translation>Ta bort segment…</translation>
    </message>
    <message>
        <location filename="../../gui/segment_editor.py" line="283"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location filename="../../gui/segment_editor.py" line="285"/>
        <source>Save</source>
        <translation>Spara</translation>
    </message>
    <message>
        <location filename="../../gui/segment_editor.py" line="291"/>
        <source>Name:</source>
        <translation>Namn:</translation>
    </message>
    <message>
        <location filename="../../gui/segment_editor.py" line="341"/>
        <source>#{id} {name} ({type}, {date})</source>
        <translation>#{id} {name} ({type}, {date})</translation>
    </message>
    <message>
        <location filename="../../gui/segment_editor.py" line="352"/>
        <source>#{id} (undone)</source>
        <translation>#{id} (ångrad)</translation>
    </message>
    <message>
        <location filename="../../gui/segment_editor.py" line="405"/>
        <source>Collected</source>
        <translation>Insamlad</translation>
    </message>
    <message>
        <location filename="../../gui/segment_editor.py" line="406"/>
        <source>Last inbound contact</source>
        <translation>Senaste inkommande kontakt</translation>
    </message>
    <message>
        <location filename="../../gui/segment_editor.py" line="411"/>
        <source>{what}: the “from” date is after the “to” date, so no contact can match.</source>
        <translation>{what}: ”från”-datumet ligger efter ”till”-datumet, så ingen kontakt kan matcha.</translation>
    </message>
    <message>
        <location filename="../../gui/segment_editor.py" line="418"/>
        <location filename="../../gui/segment_editor.py" line="430"/>
        <source>Counting…</source>
        <translation>Räknar…</translation>
    </message>
    <message>
        <location filename="../../gui/segment_editor.py" line="440"/>
        <source>1 contact of {total} matches</source>
        <translation>1 kontakt av {total} matchar</translation>
    </message>
    <message>
        <location filename="../../gui/segment_editor.py" line="442"/>
        <source>{n} contacts of {total} match</source>
        <translation>{n} kontakter av {total} matchar</translation>
    </message>
    <message>
        <location filename="../../gui/segment_editor.py" line="448"/>
        <source>The contacts could not be counted.</source>
        <translation>Kontakterna kunde inte räknas.</translation>
    </message>
    <message>
        <location filename="../../gui/segment_editor.py" line="459"/>
        <source>Give the segment a name.</source>
        <translation>Ge segmentet ett namn.</translation>
    </message>
    <message>
        <location filename="../../gui/segment_editor.py" line="484"/>
        <source>Delete segment</source>
        <translation>Ta bort segment</translation>
    </message>
    <message>
        <location filename="../../gui/segment_editor.py" line="486"/>
        <source>Delete the segment “{name}”? Only the saved filter goes; no contact is deleted.</source>
        <translation>Vill du ta bort segmentet ”{name}”? Bara det sparade filtret försvinner; inga kontakter tas bort.</translation>
    </message>
</context>
<context>
    <name>SegmentsSidebar</name>
    <message>
        <location filename="../../gui/segments_sidebar.py" line="54"/>
        <source>Segments</source>
        <translation>Segment</translation>
    </message>
    <message>
        <location filename="../../gui/segments_sidebar.py" line="61"/>
        <location filename="../../gui/segments_sidebar.py" line="225"/>
        <source>New segment…</source>
        <translation>Nytt segment…</translation>
    </message>
    <message>
        <location filename="../../gui/segments_sidebar.py" line="81"/>
        <source>Save a filter (job function, country, source, …) as a segment with +.</source>
        <translation>Spara ett filter (funktion, land, källa …) som ett segment med +.</translation>
    </message>
    <message>
        <location filename="../../gui/segments_sidebar.py" line="183"/>
        <location filename="../../gui/segments_sidebar.py" line="193"/>
        <source>Rename segment</source>
        <translation>Byt namn på segment</translation>
    </message>
    <message>
        <location filename="../../gui/segments_sidebar.py" line="184"/>
        <source>New name for “{name}”:</source>
        <translation>Nytt namn för ”{name}”:</translation>
    </message>
    <message>
        <location filename="../../gui/segments_sidebar.py" line="203"/>
        <source>Delete segment</source>
        <translation>Ta bort segment</translation>
    </message>
    <message>
        <location filename="../../gui/segments_sidebar.py" line="205"/>
        <source>Delete the segment “{name}”? Only the saved filter goes; no contact is deleted.</source>
        <translation>Vill du ta bort segmentet ”{name}”? Bara det sparade filtret försvinner; inga kontakter tas bort.</translation>
    </message>
    <message>
        <location filename="../../gui/segments_sidebar.py" line="220"/>
        <source>Show its contacts</source>
        <translation>Visa segmentets kontakter</translation>
    </message>
    <message>
        <location filename="../../gui/segments_sidebar.py" line="221"/>
        <source>Edit…</source>
        <translation>Redigera…</translation>
    </message>
    <message>
        <location filename="../../gui/segments_sidebar.py" line="222"/>
        <source>Rename…</source>
        <translation>Byt namn…</translation>
    </message>
    <message>
        <location filename="../../gui/segments_sidebar.py" line="223"/>
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
        <location filename="../../gui/import_source_page.py" line="31"/>
        <source>consent</source>
        <translation>samtycke</translation>
    </message>
    <message>
        <location filename="../../gui/import_source_page.py" line="32"/>
        <source>legitimate interest</source>
        <translation>berättigat intresse</translation>
    </message>
    <message>
        <location filename="../../gui/import_source_page.py" line="33"/>
        <source>contract</source>
        <translation>avtal</translation>
    </message>
    <message>
        <location filename="../../gui/import_source_page.py" line="40"/>
        <source>Where do these contacts come from?</source>
        <translation>Var kommer kontakterna ifrån?</translation>
    </message>
    <message>
        <location filename="../../gui/import_source_page.py" line="43"/>
        <source>The law asks you to know where each address comes from and why you may write to it. Answer in your own words; Clearlist keeps the answers with every contact.</source>
        <translation>Enligt lagen ska du veta var varje adress kommer ifrån och varför du får skriva till den. Svara med egna ord; Clearlist sparar svaren med varje kontakt.</translation>
    </message>
    <message>
        <location filename="../../gui/import_source_page.py" line="50"/>
        <source>Where do they come from?</source>
        <translation>Var kommer de ifrån?</translation>
    </message>
    <message>
        <location filename="../../gui/import_source_page.py" line="55"/>
        <source>Your own web form or sign-up page</source>
        <translation>Ditt eget webbformulär eller din egen anmälningssida</translation>
    </message>
    <message>
        <location filename="../../gui/import_source_page.py" line="56"/>
        <source>A trade show, an event or business cards</source>
        <translation>En mässa, ett evenemang eller visitkort</translation>
    </message>
    <message>
        <location filename="../../gui/import_source_page.py" line="57"/>
        <source>Your customers (people or firms who bought from you)</source>
        <translation>Dina kunder (personer eller företag som har köpt av dig)</translation>
    </message>
    <message>
        <location filename="../../gui/import_source_page.py" line="58"/>
        <source>Bought from a provider</source>
        <translation>Köpta från en leverantör</translation>
    </message>
    <message>
        <location filename="../../gui/import_source_page.py" line="59"/>
        <source>Rented from a provider</source>
        <translation>Hyrda från en leverantör</translation>
    </message>
    <message>
        <location filename="../../gui/import_source_page.py" line="60"/>
        <source>Collected from public websites</source>
        <translation>Insamlade från offentliga webbplatser</translation>
    </message>
    <message>
        <location filename="../../gui/import_source_page.py" line="61"/>
        <source>Given by a partner</source>
        <translation>Från en partner</translation>
    </message>
    <message>
        <location filename="../../gui/import_source_page.py" line="75"/>
        <source>Which one, precisely?</source>
        <translation>Vilken, mer exakt?</translation>
    </message>
    <message>
        <location filename="../../gui/import_source_page.py" line="76"/>
        <source>When did you get them?</source>
        <translation>När fick du dem?</translation>
    </message>
    <message>
        <location filename="../../gui/import_source_page.py" line="82"/>
        <source>Are they businesses or consumers?</source>
        <translation>Är de företag eller konsumenter?</translation>
    </message>
    <message>
        <location filename="../../gui/import_source_page.py" line="83"/>
        <source>Businesses (people at work)</source>
        <translation>Företag (personer i sin yrkesroll)</translation>
    </message>
    <message>
        <location filename="../../gui/import_source_page.py" line="84"/>
        <source>Consumers (private persons)</source>
        <translation>Konsumenter (privatpersoner)</translation>
    </message>
    <message>
        <location filename="../../gui/import_source_page.py" line="85"/>
        <source>Both: the file says which</source>
        <translation>Båda: filen anger vilket</translation>
    </message>
    <message>
        <location filename="../../gui/import_source_page.py" line="87"/>
        <source>Did they agree to receive marketing e-mails?</source>
        <translation>Har de samtyckt till marknadsföring via e-post?</translation>
    </message>
    <message>
        <location filename="../../gui/import_source_page.py" line="92"/>
        <location filename="../../gui/import_source_page.py" line="118"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location filename="../../gui/import_source_page.py" line="92"/>
        <location filename="../../gui/import_source_page.py" line="118"/>
        <source>No</source>
        <translation>Nej</translation>
    </message>
    <message>
        <location filename="../../gui/import_source_page.py" line="92"/>
        <location filename="../../gui/import_source_page.py" line="118"/>
        <source>I don&apos;t know</source>
        <translation>Vet inte</translation>
    </message>
    <message>
        <location filename="../../gui/import_source_page.py" line="98"/>
        <source>e.g. ticked a box on our newsletter form, since March 2024</source>
        <translation>t.ex. kryssade i en ruta i vårt formulär för nyhetsbrev, sedan mars 2024</translation>
    </message>
    <message>
        <location filename="../../gui/import_source_page.py" line="101"/>
        <source>When and how?</source>
        <translation>När och hur?</translation>
    </message>
    <message>
        <location filename="../../gui/import_source_page.py" line="105"/>
        <source>The provider can prove that each person agreed to their address being passed on to companies like mine</source>
        <translation>Leverantören kan visa att varje person har samtyckt till att adressen lämnas vidare till företag som mitt</translation>
    </message>
    <message>
        <location filename="../../gui/import_source_page.py" line="115"/>
        <source>When their address was collected, were they told it would be used for prospecting, and could they object?</source>
        <translation>Fick de veta när adressen samlades in att den skulle användas för marknadsföring, och kunde de invända?</translation>
    </message>
    <message>
        <location filename="../../gui/import_source_page.py" line="121"/>
        <source>If a contact is already in the workspace:</source>
        <translation>Om en kontakt redan finns i arbetsytan:</translation>
    </message>
    <message>
        <location filename="../../gui/import_source_page.py" line="123"/>
        <source>fill in only its empty fields</source>
        <translation>fyll bara i dess tomma fält</translation>
    </message>
    <message>
        <location filename="../../gui/import_source_page.py" line="124"/>
        <source>leave it as it is</source>
        <translation>lämna den som den är</translation>
    </message>
    <message>
        <location filename="../../gui/import_source_page.py" line="125"/>
        <source>replace its fields with the file&apos;s</source>
        <translation>ersätt dess fält med filens</translation>
    </message>
    <message>
        <location filename="../../gui/import_source_page.py" line="208"/>
        <source>the form, e.g. &apos;Newsletter sign-up on acme.fr&apos;</source>
        <translation>formuläret, t.ex. ”Anmälan till nyhetsbrev på acme.se”</translation>
    </message>
    <message>
        <location filename="../../gui/import_source_page.py" line="209"/>
        <source>the event, e.g. &apos;Salon RH Paris, March 2026&apos;</source>
        <translation>evenemanget, t.ex. ”HR-mässan Stockholm, mars 2026”</translation>
    </message>
    <message>
        <location filename="../../gui/import_source_page.py" line="210"/>
        <source>e.g. &apos;Web shop customers&apos;</source>
        <translation>t.ex. ”Kunder i webbutiken”</translation>
    </message>
    <message>
        <location filename="../../gui/import_source_page.py" line="211"/>
        <source>the provider and the list, e.g. &apos;Kompass, IT managers FR&apos;</source>
        <translation>leverantören och listan, t.ex. ”Kompass, IT-chefer SE”</translation>
    </message>
    <message>
        <location filename="../../gui/import_source_page.py" line="212"/>
        <source>the provider and the list</source>
        <translation>leverantören och listan</translation>
    </message>
    <message>
        <location filename="../../gui/import_source_page.py" line="213"/>
        <source>the websites, e.g. &apos;company websites, LinkedIn&apos;</source>
        <translation>webbplatserna, t.ex. ”företagens webbplatser, LinkedIn”</translation>
    </message>
    <message>
        <location filename="../../gui/import_source_page.py" line="214"/>
        <source>the partner&apos;s name</source>
        <translation>partnerns namn</translation>
    </message>
    <message>
        <location filename="../../gui/import_source_page.py" line="222"/>
        <source>Choose where the contacts come from.</source>
        <translation>Välj var kontakterna kommer ifrån.</translation>
    </message>
    <message>
        <location filename="../../gui/import_source_page.py" line="224"/>
        <source>Say precisely which one: it is named in the notice people receive.</source>
        <translation>Ange exakt vilken: den nämns i informationen som personerna får.</translation>
    </message>
    <message>
        <location filename="../../gui/import_source_page.py" line="245"/>
        <source>&lt;b&gt;Clearlist will record:&lt;/b&gt; source &apos;{name}&apos;, lawful basis: {basis}, informed at collection: {informed}.</source>
        <translation>&lt;b&gt;Clearlist registrerar:&lt;/b&gt; källa ”{name}”, rättslig grund: {basis}, informerad vid insamling: {informed}.</translation>
    </message>
    <message>
        <location filename="../../gui/import_source_page.py" line="250"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../../gui/import_source_page.py" line="250"/>
        <source>no</source>
        <translation>nej</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <location filename="../../gui/import_summary_page.py" line="36"/>
        <source>Done</source>
        <translation>Klart</translation>
    </message>
    <message>
        <location filename="../../gui/import_summary_page.py" line="45"/>
        <source>Save the rejected rows…</source>
        <translation>Spara de avvisade raderna…</translation>
    </message>
    <message>
        <location filename="../../gui/import_summary_page.py" line="47"/>
        <location filename="../../gui/import_summary_page.py" line="143"/>
        <source>Undo this import</source>
        <translation>Ångra den här importen</translation>
    </message>
    <message>
        <location filename="../../gui/import_summary_page.py" line="65"/>
        <source>&lt;b&gt;Batch {batch}&lt;/b&gt;: {rows} rows read.</source>
        <translation>&lt;b&gt;Omgång {batch}&lt;/b&gt;: {rows} rader lästa.</translation>
    </message>
    <message>
        <location filename="../../gui/import_summary_page.py" line="69"/>
        <source>{imported} new contacts, {updated} updated, {duplicates} duplicates, {suppressed} left out because they are on the opt-out list, {rejected} rejected.</source>
        <translation>Nya kontakter: {imported}, uppdaterade: {updated}, dubbletter: {duplicates}, utelämnade eftersom de står på spärrlistan: {suppressed}, avvisade: {rejected}.</translation>
    </message>
    <message>
        <location filename="../../gui/import_summary_page.py" line="86"/>
        <source>{n} possible duplicates (same name and company, another address) were kept apart: review them in the contacts list.</source>
        <translation>{n} möjliga dubbletter (samma namn och företag, annan adress) hölls isär: granska dem i kontaktlistan.</translation>
    </message>
    <message>
        <location filename="../../gui/import_summary_page.py" line="95"/>
        <source>No row was rejected.</source>
        <translation>Ingen rad avvisades.</translation>
    </message>
    <message>
        <location filename="../../gui/import_summary_page.py" line="102"/>
        <source>Rejected rows ({reasons}). The first of them:</source>
        <translation>Avvisade rader ({reasons}). De första:</translation>
    </message>
    <message>
        <location filename="../../gui/import_summary_page.py" line="108"/>
        <source>Row</source>
        <translation>Rad</translation>
    </message>
    <message>
        <location filename="../../gui/import_summary_page.py" line="108"/>
        <source>Reason</source>
        <translation>Skäl</translation>
    </message>
    <message>
        <location filename="../../gui/import_summary_page.py" line="122"/>
        <source>Save the rejected rows</source>
        <translation>Spara de avvisade raderna</translation>
    </message>
    <message>
        <location filename="../../gui/import_summary_page.py" line="122"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../gui/import_summary_page.py" line="135"/>
        <source>The rejected rows were saved to {path}.</source>
        <translation>De avvisade raderna har sparats i {path}.</translation>
    </message>
    <message>
        <location filename="../../gui/import_summary_page.py" line="145"/>
        <source>Remove the {n} contacts this import created, put back the fields it changed and remove its source from the others?</source>
        <translation>Vill du ta bort de {n} kontakter som importen skapade, återställa fälten den ändrade och ta bort dess källa från övriga kontakter?</translation>
    </message>
    <message>
        <location filename="../../gui/import_summary_page.py" line="166"/>
        <source>The import was undone: {removed} contacts removed, {restored} put back as they were, {conflicts} fields edited since were left as they are.</source>
        <translation>Importen har ångrats. Borttagna kontakter: {removed}; återställda: {restored}; fält som redigerats sedan dess och lämnats orörda: {conflicts}.</translation>
    </message>
</context>
<context>
    <name>TitlesPage</name>
    <message>
        <location filename="../../gui/title_review_page.py" line="66"/>
        <source>Job titles to review</source>
        <translation>Befattningar att granska</translation>
    </message>
    <message>
        <location filename="../../gui/title_review_page.py" line="71"/>
        <source>Reading the job titles…</source>
        <translation>Läser befattningarna…</translation>
    </message>
    <message>
        <location filename="../../gui/title_review_page.py" line="79"/>
        <source>Job title</source>
        <translation>Befattning</translation>
    </message>
    <message>
        <location filename="../../gui/title_review_page.py" line="80"/>
        <source>Contacts</source>
        <translation>Kontakter</translation>
    </message>
    <message>
        <location filename="../../gui/title_review_page.py" line="81"/>
        <source>Running share</source>
        <translation>Ack. andel</translation>
    </message>
    <message>
        <location filename="../../gui/title_review_page.py" line="82"/>
        <source>Read as: function</source>
        <translation>Tolkad funktion</translation>
    </message>
    <message>
        <location filename="../../gui/title_review_page.py" line="83"/>
        <source>Read as: seniority</source>
        <translation>Tolkad nivå</translation>
    </message>
    <message>
        <location filename="../../gui/title_review_page.py" line="101"/>
        <source>Choose a title</source>
        <translation>Välj en befattning</translation>
    </message>
    <message>
        <location filename="../../gui/title_review_page.py" line="112"/>
        <location filename="../../gui/title_review_page.py" line="297"/>
        <source>Apply</source>
        <translation>Tillämpa</translation>
    </message>
    <message>
        <location filename="../../gui/title_review_page.py" line="121"/>
        <source>Function:</source>
        <translation>Funktion:</translation>
    </message>
    <message>
        <location filename="../../gui/title_review_page.py" line="122"/>
        <source>Seniority:</source>
        <translation>Befattningsnivå:</translation>
    </message>
    <message>
        <location filename="../../gui/title_review_page.py" line="127"/>
        <source>The rule applies to every contact with this title (however it is written: capitals, accents, “(H/F)”), except those whose function was set by hand, and to every contact imported or edited later.</source>
        <translation>Regeln gäller alla kontakter med den här befattningen (oavsett hur den skrivs: versaler, accenter, ”(H/F)”) utom dem vars funktion har angetts manuellt, och alla kontakter som importeras eller redigeras senare.</translation>
    </message>
    <message>
        <location filename="../../gui/title_review_page.py" line="141"/>
        <source>Title (as compared)</source>
        <translation>Befattning (jämförd form)</translation>
    </message>
    <message>
        <location filename="../../gui/title_review_page.py" line="141"/>
        <source>Function</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <location filename="../../gui/title_review_page.py" line="141"/>
        <source>Seniority</source>
        <translation>Befattningsnivå</translation>
    </message>
    <message>
        <location filename="../../gui/title_review_page.py" line="149"/>
        <location filename="../../gui/title_review_page.py" line="345"/>
        <source>Remove rule</source>
        <translation>Ta bort regel</translation>
    </message>
    <message>
        <location filename="../../gui/title_review_page.py" line="151"/>
        <source>Re-classify all contacts</source>
        <translation>Klassificera om alla kontakter</translation>
    </message>
    <message>
        <location filename="../../gui/title_review_page.py" line="154"/>
        <source>Derive every function and seniority again from the job titles, with your rules (functions set by hand are kept).</source>
        <translation>Härled alla funktioner och befattningsnivåer på nytt från befattningarna, med dina regler (funktioner som angetts manuellt behålls).</translation>
    </message>
    <message>
        <location filename="../../gui/title_review_page.py" line="159"/>
        <source>Your rules</source>
        <translation>Dina regler</translation>
    </message>
    <message>
        <location filename="../../gui/title_review_page.py" line="215"/>
        <source>(and 1 other spelling)</source>
        <translation>(och 1 annan stavning)</translation>
    </message>
    <message>
        <location filename="../../gui/title_review_page.py" line="217"/>
        <source>(and {n} other spellings)</source>
        <translation>(och {n} andra stavningar)</translation>
    </message>
    <message>
        <location filename="../../gui/title_review_page.py" line="251"/>
        <source>Every job title is classified: each contact with a title has a function and a seniority.</source>
        <translation>Alla befattningar är klassificerade: varje kontakt med en befattning har en funktion och en befattningsnivå.</translation>
    </message>
    <message>
        <location filename="../../gui/title_review_page.py" line="255"/>
        <source>{n} contacts have a job title Clearlist could not fully classify, under {titles} distinct titles.</source>
        <translation>{n} kontakter har en befattning som Clearlist inte kunde klassificera helt, fördelat på {titles} olika befattningar.</translation>
    </message>
    <message>
        <location filename="../../gui/title_review_page.py" line="259"/>
        <source>The {shown} most common, below, cover {share} of them.</source>
        <translation>De {shown} vanligaste, nedan, täcker {share} av dem.</translation>
    </message>
    <message>
        <location filename="../../gui/title_review_page.py" line="267"/>
        <source>Choose a function and a seniority for a title to place all its contacts at once.</source>
        <translation>Välj funktion och befattningsnivå för en befattning för att placera alla dess kontakter på en gång.</translation>
    </message>
    <message>
        <location filename="../../gui/title_review_page.py" line="274"/>
        <source>{n} titles to review</source>
        <translation>{n} befattningar att granska</translation>
    </message>
    <message>
        <location filename="../../gui/title_review_page.py" line="295"/>
        <source>Choose a title in the list</source>
        <translation>Välj en befattning i listan</translation>
    </message>
    <message>
        <location filename="../../gui/title_review_page.py" line="299"/>
        <source>Every “{title}” is:</source>
        <translation>Varje ”{title}” är:</translation>
    </message>
    <message>
        <location filename="../../gui/title_review_page.py" line="301"/>
        <source>Clearlist reads it now as {function} / {seniority}.</source>
        <translation>Clearlist tolkar den nu som {function} / {seniority}.</translation>
    </message>
    <message>
        <location filename="../../gui/title_review_page.py" line="308"/>
        <source>Apply to 1 contact</source>
        <translation>Tillämpa på 1 kontakt</translation>
    </message>
    <message>
        <location filename="../../gui/title_review_page.py" line="310"/>
        <source>Apply to {n} contacts</source>
        <translation>Tillämpa på {n} kontakter</translation>
    </message>
    <message>
        <location filename="../../gui/title_review_page.py" line="333"/>
        <source>Rule saved for “{title}”: {n} contacts changed.</source>
        <translation>Regel sparad för ”{title}”; ändrade kontakter: {n}.</translation>
    </message>
    <message>
        <location filename="../../gui/title_review_page.py" line="347"/>
        <source>Remove the rule for “{title}”? Its contacts go back to what Clearlist reads from the title.</source>
        <translation>Vill du ta bort regeln för ”{title}”? Kontakterna återgår till det som Clearlist läser ut av befattningen.</translation>
    </message>
    <message>
        <location filename="../../gui/title_review_page.py" line="357"/>
        <source>Rule removed for “{title}”: {n} contacts changed.</source>
        <translation>Regel borttagen för ”{title}”; ändrade kontakter: {n}.</translation>
    </message>
    <message>
        <location filename="../../gui/title_review_page.py" line="367"/>
        <source>Every contact re-classified: {n} changed.</source>
        <translation>Alla kontakter omklassificerade; ändrade: {n}.</translation>
    </message>
    <message>
        <location filename="../../gui/title_review_page.py" line="375"/>
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
        <location filename="../../gui/register_page.py" line="50"/>
        <source>Use the suggestion</source>
        <translation>Använd förslaget</translation>
    </message>
    <message>
        <location filename="../../gui/register_page.py" line="51"/>
        <source>Forget your text: the register follows the workspace</source>
        <translation>Ta bort din text; registret följer då arbetsytan</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../gui/app.py" line="142"/>
        <location filename="../../gui/app.py" line="152"/>
        <source>Clearlist</source>
        <translation>Clearlist</translation>
    </message>
    <message>
        <location filename="../../gui/app.py" line="143"/>
        <source>Clearlist cannot open the workspace.</source>
        <translation>Clearlist kan inte öppna arbetsytan.</translation>
    </message>
    <message>
        <location filename="../../gui/app.py" line="145"/>
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
    <message>
        <location filename="../../gui/export_chart.py" line="38"/>
        <source>Notice overdue (art. 14)</source>
        <translation>Information försenad (art. 14)</translation>
    </message>
    <message>
        <location filename="../../gui/export_chart.py" line="39"/>
        <source>Uncertain</source>
        <translation>Osäker</translation>
    </message>
</context>
<context>
    <name>fields</name>
    <message>
        <location filename="../../gui/contact_model.py" line="41"/>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <location filename="../../gui/contact_model.py" line="42"/>
        <source>First name</source>
        <translation>Förnamn</translation>
    </message>
    <message>
        <location filename="../../gui/contact_model.py" line="43"/>
        <source>Last name</source>
        <translation>Efternamn</translation>
    </message>
    <message>
        <location filename="../../gui/contact_model.py" line="44"/>
        <source>Company</source>
        <translation>Företag</translation>
    </message>
    <message>
        <location filename="../../gui/contact_model.py" line="45"/>
        <source>Job title</source>
        <translation>Befattning</translation>
    </message>
    <message>
        <location filename="../../gui/contact_model.py" line="46"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../gui/contact_model.py" line="47"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location filename="../../gui/contact_model.py" line="48"/>
        <source>Audience</source>
        <translation>Målgrupp</translation>
    </message>
    <message>
        <location filename="../../gui/contact_model.py" line="49"/>
        <source>Sole trader</source>
        <translation>Enskild firma</translation>
    </message>
    <message>
        <location filename="../../gui/contact_model.py" line="50"/>
        <source>Lawful basis</source>
        <translation>Rättslig grund</translation>
    </message>
    <message>
        <location filename="../../gui/contact_model.py" line="51"/>
        <source>Consent date</source>
        <translation>Samtyckesdatum</translation>
    </message>
    <message>
        <location filename="../../gui/contact_model.py" line="52"/>
        <source>Consent source</source>
        <translation>Samtyckeskälla</translation>
    </message>
    <message>
        <location filename="../../gui/contact_model.py" line="53"/>
        <source>Consent wording</source>
        <translation>Samtyckestext</translation>
    </message>
    <message>
        <location filename="../../gui/contact_model.py" line="54"/>
        <source>Consent method</source>
        <translation>Samtyckesmetod</translation>
    </message>
    <message>
        <location filename="../../gui/contact_model.py" line="55"/>
        <source>Informed at collection</source>
        <translation>Informerad vid insamling</translation>
    </message>
    <message>
        <location filename="../../gui/contact_model.py" line="56"/>
        <source>Customer since</source>
        <translation>Kund sedan</translation>
    </message>
    <message>
        <location filename="../../gui/contact_model.py" line="57"/>
        <source>Last purchase</source>
        <translation>Senaste köp</translation>
    </message>
    <message>
        <location filename="../../gui/contact_model.py" line="58"/>
        <source>Product category</source>
        <translation>Produktkategori</translation>
    </message>
    <message>
        <location filename="../../gui/contact_model.py" line="59"/>
        <source>Collected on</source>
        <translation>Insamlad den</translation>
    </message>
    <message>
        <location filename="../../gui/contact_model.py" line="60"/>
        <source>Notice sent</source>
        <translation>Information skickad</translation>
    </message>
    <message>
        <location filename="../../gui/contact_model.py" line="61"/>
        <source>Last inbound contact</source>
        <translation>Senaste inkommande kontakt</translation>
    </message>
    <message>
        <location filename="../../gui/contact_model.py" line="62"/>
        <source>Function</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <location filename="../../gui/contact_model.py" line="63"/>
        <source>Seniority</source>
        <translation>Befattningsnivå</translation>
    </message>
    <message>
        <location filename="../../gui/contact_model.py" line="64"/>
        <source>Notes</source>
        <translation>Anteckningar</translation>
    </message>
    <message>
        <location filename="../../gui/contact_model.py" line="65"/>
        <source>Tags</source>
        <translation>Taggar</translation>
    </message>
    <message>
        <location filename="../../gui/contact_model.py" line="66"/>
        <source>Added</source>
        <translation>Tillagd</translation>
    </message>
</context>
<context>
    <name>formatting</name>
    <message>
        <location filename="../../gui/formatting.py" line="30"/>
        <source>{label}: {n}</source>
        <translation>{label}: {n}</translation>
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
    <message>
        <location filename="../../gui/import_common.py" line="57"/>
        <source>no e-mail address</source>
        <translation>ingen e-postadress</translation>
    </message>
    <message>
        <location filename="../../gui/import_common.py" line="58"/>
        <source>invalid e-mail address</source>
        <translation>ogiltig e-postadress</translation>
    </message>
    <message>
        <location filename="../../gui/import_common.py" line="59"/>
        <source>unreadable date</source>
        <translation>oläsligt datum</translation>
    </message>
    <message>
        <location filename="../../gui/import_common.py" line="60"/>
        <source>unreadable phone number</source>
        <translation>oläsligt telefonnummer</translation>
    </message>
    <message>
        <location filename="../../gui/import_common.py" line="61"/>
        <source>unknown country</source>
        <translation>okänt land</translation>
    </message>
    <message>
        <location filename="../../gui/import_common.py" line="62"/>
        <source>not a yes or no</source>
        <translation>varken ja eller nej</translation>
    </message>
    <message>
        <location filename="../../gui/import_common.py" line="63"/>
        <source>unknown audience (b2b or b2c)</source>
        <translation>okänd målgrupp (b2b eller b2c)</translation>
    </message>
    <message>
        <location filename="../../gui/import_common.py" line="64"/>
        <source>unknown lawful basis</source>
        <translation>okänd rättslig grund</translation>
    </message>
    <message>
        <location filename="../../gui/import_common.py" line="65"/>
        <source>unknown job function</source>
        <translation>okänd yrkesroll</translation>
    </message>
    <message>
        <location filename="../../gui/import_common.py" line="66"/>
        <source>unknown seniority</source>
        <translation>okänd befattningsnivå</translation>
    </message>
    <message>
        <location filename="../../gui/import_common.py" line="71"/>
        <source>health</source>
        <translation>hälsa</translation>
    </message>
    <message>
        <location filename="../../gui/import_common.py" line="72"/>
        <source>religious</source>
        <translation>religion</translation>
    </message>
    <message>
        <location filename="../../gui/import_common.py" line="73"/>
        <source>political</source>
        <translation>politiska åsikter</translation>
    </message>
    <message>
        <location filename="../../gui/import_common.py" line="74"/>
        <source>trade-union</source>
        <translation>fackligt medlemskap</translation>
    </message>
    <message>
        <location filename="../../gui/import_common.py" line="75"/>
        <source>sexual-orientation</source>
        <translation>sexuell läggning</translation>
    </message>
    <message>
        <location filename="../../gui/import_common.py" line="76"/>
        <source>ethnic-origin</source>
        <translation>etniskt ursprung</translation>
    </message>
    <message>
        <location filename="../../gui/import_common.py" line="77"/>
        <source>genetic or biometric</source>
        <translation>genetik eller biometri</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <location filename="../../gui/messages.py" line="28"/>
        <source>&apos;{raw}&apos; is not a domain: write a domain as @example.com.</source>
        <translation>”{raw}” är ingen domän: skriv en domän som @example.com.</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="29"/>
        <source>--hashed must be sha256 or md5.</source>
        <translation>--hashed måste vara sha256 eller md5.</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="30"/>
        <source>A backup cannot replace the workspace itself: choose another file.</source>
        <translation>En säkerhetskopia kan inte ersätta själva arbetsytan: välj en annan fil.</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="33"/>
        <source>A bought or rented list of consumers counts as not consenting unless the provider can prove that each person agreed to their address being passed on, with your company or sector named.</source>
        <translation>En köpt eller hyrd lista med konsumenter räknas som utan samtycke, om inte leverantören kan visa att varje person har samtyckt till att adressen lämnas vidare, med ditt företag eller din bransch angiven.</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="39"/>
        <source>A campaign named &apos;{name}&apos; already exists: choose another name.</source>
        <translation>Det finns redan en kampanj som heter ”{name}”: välj ett annat namn.</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="40"/>
        <source>A consent counts only with its date and its source for each person. The file has no consent date and source columns mapped, so these contacts will count as not consenting until you add them.</source>
        <translation>Ett samtycke gäller bara med datum och källa för varje person. Filen har inga kolumner kopplade till samtyckesdatum och samtyckeskälla, så de här kontakterna räknas som utan samtycke tills du lägger till dem.</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="46"/>
        <source>A request cannot be closed before it was received.</source>
        <translation>En begäran kan inte avslutas innan den togs emot.</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="47"/>
        <source>A segment named &apos;{name}&apos; already exists: choose another name.</source>
        <translation>Det finns redan ett segment som heter ”{name}”: välj ett annat namn.</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="48"/>
        <source>A title rule needs a job title with at least one word in it.</source>
        <translation>En befattningsregel kräver en befattning med minst ett ord.</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="49"/>
        <source>An Excel sheet holds at most {xlsx_max_rows} contacts; this export has more. Write it as .csv, or narrow the selection; nothing was written.</source>
        <translation>Ett Excel-blad rymmer högst {xlsx_max_rows} kontakter, och den här exporten har fler. Spara den som .csv eller begränsa urvalet; ingenting har sparats.</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="54"/>
        <source>An e-mail address is required.</source>
        <translation>En e-postadress krävs.</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="55"/>
        <source>Answer yes or no.</source>
        <translation>Svara ja eller nej.</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="56"/>
        <source>Businesses and consumers are mixed: the file&apos;s audience column says which is which; rows without it count as unknown and are judged strictly.</source>
        <translation>Företag och konsumenter är blandade: filens målgruppskolumn anger vilka som är vad. Rader utan värde räknas som okända och bedöms strikt.</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="61"/>
        <source>Choose one of: {list}.</source>
        <translation>Välj ett av: {list}.</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="62"/>
        <source>Clearlist cannot create the folder {parent}: {strerror}. Choose another location.</source>
        <translation>Clearlist kan inte skapa mappen {parent}: {strerror}. Välj en annan plats.</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="66"/>
        <source>Clearlist cannot read {suffix} files. Save the list as one of: {supported}.</source>
        <translation>Clearlist kan inte läsa {suffix}-filer. Spara listan i ett av dessa format: {supported}.</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="69"/>
        <source>Clearlist cannot write in the folder {folder} ({strerror}). Choose another folder; nothing was written.</source>
        <translation>Clearlist kan inte skriva i mappen {folder} ({strerror}). Välj en annan mapp; ingenting har sparats.</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="74"/>
        <source>Clearlist cannot write in the folder {folder} ({strerror}). Choose another one.</source>
        <translation>Clearlist kan inte skriva i mappen {folder} ({strerror}). Välj en annan.</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="78"/>
        <source>Clearlist cannot write in the folder {folder}. Choose a folder you can write to; nothing was written.</source>
        <translation>Clearlist kan inte skriva i mappen {folder}. Välj en mapp där du har skrivbehörighet; ingenting har sparats.</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="83"/>
        <source>Clearlist cannot write in the folder {parent}. Choose a folder you can write to (for example your Documents folder), or ask for write access to this one.</source>
        <translation>Clearlist kan inte skriva i mappen {parent}. Välj en mapp där du har skrivbehörighet (till exempel mappen Dokument) eller be om skrivbehörighet till den här.</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="89"/>
        <source>Clearlist cannot write in the folder {parent}. Choose a folder you can write to, or ask for write access to this one.</source>
        <translation>Clearlist kan inte skriva i mappen {parent}. Välj en mapp där du har skrivbehörighet eller be om skrivbehörighet till den här.</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="94"/>
        <source>Consumers who did not agree cannot receive marketing e-mails; they are kept under legitimate interest and will be left out of e-mail campaigns.</source>
        <translation>Konsumenter som inte har samtyckt får inte ta emot marknadsföring via e-post. De sparas med berättigat intresse som rättslig grund och utesluts från e-postkampanjer.</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="99"/>
        <source>Describe what happened (the facts of the breach).</source>
        <translation>Beskriv vad som hände (omständigheterna kring personuppgiftsincidenten).</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="100"/>
        <source>Existing customers may receive offers for products like the ones they bought (the soft opt-in), if they could refuse when they gave their address: the lawful basis is legitimate interest.</source>
        <translation>Befintliga kunder får ta emot erbjudanden om liknande produkter som dem de har köpt, om de kunde tacka nej när de lämnade sin adress: den rättsliga grunden är berättigat intresse.</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="106"/>
        <source>Export {export_id} was already marked as sent on {sent_at}.</source>
        <translation>Export {export_id} markerades redan som skickad {sent_at}.</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="107"/>
        <source>Give the person&apos;s e-mail address, written like name@example.com.</source>
        <translation>Ange personens e-postadress, skriven som namn@example.com.</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="110"/>
        <source>Give the segment a name.</source>
        <translation>Ge segmentet ett namn.</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="111"/>
        <source>Import batch {batch_id} was already undone on {row}.</source>
        <translation>Importomgång {batch_id} ångrades redan {row}.</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="112"/>
        <source>No column of {name} holds e-mail addresses. Name that column &apos;email&apos; (or E-mail, Courriel, E-post), or choose it with --map &apos;HEADER=email&apos;. The columns are: {list}.</source>
        <translation>Ingen kolumn i {name} innehåller e-postadresser. Ge kolumnen namnet ”email” (eller E-mail, Courriel, E-post) eller välj den med --map &apos;RUBRIK=email&apos;. Kolumnerna är: {list}.</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="118"/>
        <source>No column of {name} holds e-mail addresses. Name that column &apos;email&apos; (or E-mail, Courriel, E-post), or choose it with --map &apos;HEADER=email&apos;. The columns are: {list}....</source>
        <translation>Ingen kolumn i {name} innehåller e-postadresser. Ge kolumnen namnet ”email” (eller E-mail, Courriel, E-post) eller välj den med --map &apos;RUBRIK=email&apos;. Kolumnerna är: {list}....</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="124"/>
        <source>No contacts are attached to this breach yet: attach the affected contacts first.</source>
        <translation>Inga kontakter är kopplade till den här personuppgiftsincidenten än: koppla först de berörda kontakterna.</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="128"/>
        <source>No one with this address is stored in this workspace (it may have been erased already). Nothing was changed.</source>
        <translation>Ingen med den här adressen finns lagrad i arbetsytan (personen kan redan ha raderats). Ingenting har ändrats.</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="133"/>
        <source>No usable system keyring was found to keep the workspace key. Either choose a passphrase (set the environment variable {passphrase_env}, or enter it in the app), or install and unlock a system keyring (Secret Service, macOS Keychain, Windows Credential Manager).</source>
        <translation>Ingen användbar nyckelring hittades i systemet för arbetsytans nyckel. Välj antingen en lösenfras (ange miljövariabeln {passphrase_env} eller skriv in den i programmet), eller installera och lås upp en nyckelring (Secret Service, macOS Nyckelhanterare, Windows Autentiseringshanteraren).</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="140"/>
        <source>On duplicates, choose skip, fill or overwrite.</source>
        <translation>För dubbletter, välj skip, fill eller overwrite.</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="141"/>
        <source>One of the values is not a valid e-mail address (write a whole domain as @example.com).</source>
        <translation>Ett av värdena är inte en giltig e-postadress (skriv en hel domän som @example.com).</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="145"/>
        <source>Only an open request can have its deadline extended.</source>
        <translation>Bara en pågående begäran kan få sin tidsfrist förlängd.</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="146"/>
        <source>Professionals may be e-mailed about offers related to their job without prior consent (legitimate interest), as long as they can object easily.</source>
        <translation>Yrkesverksamma får ta emot erbjudanden via e-post som rör deras yrkesroll utan förhandssamtycke (berättigat intresse), så länge de enkelt kan invända.</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="151"/>
        <source>Row {header_row} is not among the first rows of {name} that hold something; choose another header row.</source>
        <translation>Rad {header_row} hör inte till de första raderna i {name} som innehåller något; välj en annan rubrikrad.</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="156"/>
        <source>Row {number} of {name}{shown} is not a {name2} hash: {hint}. Nothing was added.</source>
        <translation>Rad {number} i {name}{shown} är inte ett {name2}-hashvärde: {hint}. Ingenting har lagts till.</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="160"/>
        <source>Save the breach log as .html (PDF is made by the app&apos;s window).</source>
        <translation>Spara incidentloggen som .html (PDF skapas från programfönstret).</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="163"/>
        <source>Save the register as .html (PDF is made by the app&apos;s window).</source>
        <translation>Spara registret som .html (PDF skapas från programfönstret).</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="164"/>
        <source>Say precisely where the contacts come from (a provider&apos;s name, an event, a form): the source name is required.</source>
        <translation>Ange exakt var kontakterna kommer ifrån (en leverantörs namn, ett evenemang, ett formulär): källans namn krävs.</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="169"/>
        <source>Say why the request is refused: the person must be told the reason.</source>
        <translation>Ange varför begäran avslås: personen måste få veta skälet.</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="172"/>
        <source>The CSV separator must be &quot;,&quot; or &quot;;&quot;.</source>
        <translation>CSV-avgränsaren måste vara &quot;,&quot; eller &quot;;&quot;.</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="173"/>
        <source>The PDF {name} could not be written ({strerror}); nothing was saved.</source>
        <translation>PDF-filen {name} kunde inte skrivas ({strerror}); ingenting har sparats.</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="176"/>
        <source>The PDF {name} could not be written; nothing was saved.</source>
        <translation>PDF-filen {name} kunde inte skrivas; ingenting har sparats.</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="177"/>
        <source>The acquisition date must be written YYYY-MM-DD.</source>
        <translation>Anskaffningsdatumet ska skrivas ÅÅÅÅ-MM-DD.</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="178"/>
        <source>The audience must be b2b or b2c.</source>
        <translation>Målgruppen måste vara b2b eller b2c.</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="179"/>
        <source>The authority cannot have been told before the breach was noticed.</source>
        <translation>Tillsynsmyndigheten kan inte ha underrättats innan personuppgiftsincidenten upptäcktes.</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="182"/>
        <source>The authority cannot have been told in the future.</source>
        <translation>Underrättelsen till tillsynsmyndigheten kan inte ligga i framtiden.</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="183"/>
        <source>The authority was told more than 72 hours after the breach was noticed: give the reasons for the delay (GDPR article 33(1) requires them).</source>
        <translation>Anmälan till myndigheten gjordes mer än 72 timmar efter att personuppgiftsincidenten upptäcktes: ange skälen till förseningen (de krävs enligt artikel 33.1 i GDPR).</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="188"/>
        <source>The backup could not be copied next to the workspace ({strerror}); the workspace is unchanged.</source>
        <translation>Säkerhetskopian kunde inte kopieras bredvid arbetsytan ({strerror}); arbetsytan är oförändrad.</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="193"/>
        <source>The backup could not be written ({exc}).</source>
        <translation>Säkerhetskopian kunde inte skrivas ({exc}).</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="194"/>
        <source>The backup could not be written to {parent} ({strerror}). Choose a folder you can write to.</source>
        <translation>Säkerhetskopian kunde inte skrivas till {parent} ({strerror}). Välj en mapp där du har skrivbehörighet.</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="199"/>
        <source>The breach log file must end in .html or .pdf.</source>
        <translation>Filen för incidentloggen måste sluta på .html eller .pdf.</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="200"/>
        <source>The campaign &quot;jurisdiction&quot; must be &quot;FR&quot; or &quot;SE&quot;, not &quot;{shown}&quot;: set it to the country whose law applies to contacts with no country.</source>
        <translation>Kampanjens &quot;jurisdiction&quot; måste vara &quot;FR&quot; eller &quot;SE&quot;, inte &quot;{shown}&quot;: ange landet vars lag gäller för kontakter utan land.</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="205"/>
        <source>The campaign &quot;jurisdiction&quot; must be &quot;FR&quot; or &quot;SE&quot;.</source>
        <translation>Kampanjens &quot;jurisdiction&quot; måste vara &quot;FR&quot; eller &quot;SE&quot;.</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="206"/>
        <source>The campaign &quot;name&quot; is blank: give the campaign a name.</source>
        <translation>Kampanjens &quot;name&quot; är tomt: ge kampanjen ett namn.</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="207"/>
        <source>The campaign field &quot;topic_functions&quot; must be a list of job functions, such as [&quot;finance&quot;, &quot;executive&quot;].</source>
        <translation>Kampanjfältet &quot;topic_functions&quot; måste vara en lista med funktioner, till exempel [&quot;finance&quot;, &quot;executive&quot;].</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="212"/>
        <source>The campaign field &quot;{key}&quot; must be text in double quotes, not {kind}.</source>
        <translation>Kampanjfältet &quot;{key}&quot; måste vara text inom dubbla citattecken, inte {kind}.</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="215"/>
        <source>The campaign file has the unknown field {names}: remove it or correct its spelling (the fields are {allowed}).</source>
        <translation>Kampanjfilen har det okända fältet {names}: ta bort det eller rätta stavningen (fälten är {allowed}).</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="220"/>
        <source>The campaign file must hold one JSON object such as {&quot;name&quot;: ..., &quot;sender&quot;: ..., &quot;unsubscribe&quot;: ..., &quot;jurisdiction&quot;: &quot;FR&quot;}.</source>
        <translation>Kampanjfilen måste innehålla ett JSON-objekt, till exempel {&quot;name&quot;: ..., &quot;sender&quot;: ..., &quot;unsubscribe&quot;: ..., &quot;jurisdiction&quot;: &quot;FR&quot;}.</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="225"/>
        <source>The campaign file {name} cannot be read ({strerror}).</source>
        <translation>Kampanjfilen {name} kan inte läsas ({strerror}).</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="226"/>
        <source>The campaign file {name} is not UTF-8 text: save it as UTF-8 JSON.</source>
        <translation>Kampanjfilen {name} är inte UTF-8-text: spara den som JSON i UTF-8.</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="229"/>
        <source>The campaign file {name} is not valid JSON (line {lineno}, column {colno}: {msg}). Correct it; a campaign file looks like {&quot;name&quot;: ..., &quot;sender&quot;: ..., &quot;unsubscribe&quot;: ..., &quot;jurisdiction&quot;: &quot;FR&quot;}.</source>
        <translation>Kampanjfilen {name} är inte giltig JSON (rad {lineno}, kolumn {colno}: {msg}). Rätta den; en kampanjfil ser ut så här: {&quot;name&quot;: ..., &quot;sender&quot;: ..., &quot;unsubscribe&quot;: ..., &quot;jurisdiction&quot;: &quot;FR&quot;}.</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="235"/>
        <source>The campaign file {name} must hold one JSON object such as {&quot;name&quot;: ..., &quot;sender&quot;: ..., &quot;unsubscribe&quot;: ..., &quot;jurisdiction&quot;: &quot;FR&quot;}.</source>
        <translation>Kampanjfilen {name} måste innehålla ett JSON-objekt, till exempel {&quot;name&quot;: ..., &quot;sender&quot;: ..., &quot;unsubscribe&quot;: ..., &quot;jurisdiction&quot;: &quot;FR&quot;}.</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="240"/>
        <source>The campaign file {path} does not exist. Check its name.</source>
        <translation>Kampanjfilen {path} finns inte. Kontrollera namnet.</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="241"/>
        <source>The campaign has no &quot;jurisdiction&quot;: add &quot;jurisdiction&quot;: &quot;FR&quot; or &quot;SE&quot;, the country whose law applies to contacts with no country.</source>
        <translation>Kampanjen saknar &quot;jurisdiction&quot;: lägg till &quot;jurisdiction&quot;: &quot;FR&quot; eller &quot;SE&quot;, landet vars lag gäller för kontakter utan land.</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="246"/>
        <source>The campaign has no &quot;{key}&quot;: add it to the campaign file.</source>
        <translation>Kampanjen saknar &quot;{key}&quot;: lägg till fältet i kampanjfilen.</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="247"/>
        <source>The campaign has no sender identity and no unsubscribe means, so nothing can be exported: fill in &quot;sender&quot; (your company&apos;s name and address) and &quot;unsubscribe&quot; (a link containing {token}, or a mailto: address).</source>
        <translation>Kampanjen saknar både avsändare och möjlighet att avregistrera sig, så ingenting kan exporteras: fyll i &quot;sender&quot; (företagets namn och adress) och &quot;unsubscribe&quot; (en länk som innehåller {token}, eller en mailto:-adress).</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="253"/>
        <source>The campaign has no sender identity, so nothing can be exported: fill in &quot;sender&quot; with your company&apos;s name and postal or e-mail address.</source>
        <translation>Kampanjen saknar avsändare, så ingenting kan exporteras: fyll i &quot;sender&quot; med företagets namn och post- eller e-postadress.</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="258"/>
        <source>The campaign has no unsubscribe means, so nothing can be exported: fill in &quot;unsubscribe&quot; with a link containing {token} (replaced by each contact&apos;s own code) or a mailto: address.</source>
        <translation>Kampanjen saknar möjlighet att avregistrera sig, så ingenting kan exporteras: fyll i &quot;unsubscribe&quot; med en länk som innehåller {token} (ersätts med varje kontakts egen kod) eller en mailto:-adress.</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="264"/>
        <source>The campaign names the unknown job function {list} in &quot;topic_functions&quot;: use only {list2}.</source>
        <translation>Kampanjen anger den okända funktionen {list} i &quot;topic_functions&quot;: använd bara {list2}.</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="269"/>
        <source>The column layout must be one of: {list}.</source>
        <translation>Kolumnupplägget måste vara ett av: {list}.</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="270"/>
        <source>The data was not collected from the people themselves: the first e-mail to each person must name this source and say how to object (GDPR article 14).</source>
        <translation>Uppgifterna har inte samlats in från personerna själva: det första e-postmeddelandet till varje person måste ange den här källan och tala om hur man invänder (artikel 14 i GDPR).</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="275"/>
        <source>The date of receipt cannot be in the future.</source>
        <translation>Mottagningsdatumet kan inte ligga i framtiden.</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="276"/>
        <source>The deadline can be extended only if the person was told within one month of the request (by {isoformat}); it is too late now.</source>
        <translation>Tidsfristen kan bara förlängas om personen har fått veta det inom en månad från begäran (senast {isoformat}); nu är det för sent.</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="281"/>
        <source>The disk is full, so nothing was saved. Free some space on the disk that holds {parent} and try again; the workspace is as it was.</source>
        <translation>Disken är full, så ingenting har sparats. Frigör utrymme på disken där {parent} finns och försök igen; arbetsytan är som förut.</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="286"/>
        <source>The disk is full, so the backup could not be written. Free some space or choose another disk; the workspace is unchanged.</source>
        <translation>Disken är full, så säkerhetskopian kunde inte skrivas. Frigör utrymme eller välj en annan disk; arbetsytan är oförändrad.</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="291"/>
        <source>The disk is full, so the workspace could not be backed up before its upgrade. Free some space and try again; nothing was changed.</source>
        <translation>Disken är full, så arbetsytan kunde inte säkerhetskopieras före uppgraderingen. Frigör utrymme och försök igen; ingenting har ändrats.</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="296"/>
        <source>The export file, the decisions file and the report need three names.</source>
        <translation>Exportfilen, beslutsfilen och rapporten behöver tre olika namn.</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="299"/>
        <source>The file {name} cannot be read ({strerror}).</source>
        <translation>Filen {name} kan inte läsas ({strerror}).</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="300"/>
        <source>The file {name} could not be written ({strerror}); nothing was saved.</source>
        <translation>Filen {name} kunde inte skrivas ({strerror}); ingenting har sparats.</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="303"/>
        <source>The file {name} could not be written ({value}); nothing was written and the workspace is unchanged.</source>
        <translation>Filen {name} kunde inte skrivas ({value}); ingenting har sparats och arbetsytan är oförändrad.</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="308"/>
        <source>The file {name} is too short to be a Clearlist workspace. Check that you chose the right file.</source>
        <translation>Filen {name} är för kort för att vara en Clearlist-arbetsyta. Kontrollera att du har valt rätt fil.</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="313"/>
        <source>The file {path} is read-only (or open in another program), so it cannot be replaced. Close it or choose another name; nothing was written.</source>
        <translation>Filen {path} är skrivskyddad (eller öppen i ett annat program) och kan inte ersättas. Stäng den eller välj ett annat namn; ingenting har sparats.</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="318"/>
        <source>The folder {folder} does not exist, so {name} cannot be written. Choose an existing folder; nothing was written.</source>
        <translation>Mappen {folder} finns inte, så {name} kan inte skrivas. Välj en befintlig mapp; ingenting har sparats.</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="323"/>
        <source>The folder {folder} does not exist. Choose an existing folder.</source>
        <translation>Mappen {folder} finns inte. Välj en befintlig mapp.</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="324"/>
        <source>The folder {parent} does not exist. Choose an existing folder.</source>
        <translation>Mappen {parent} finns inte. Välj en befintlig mapp.</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="325"/>
        <source>The folder {parent} does not exist. Choose another one.</source>
        <translation>Mappen {parent} finns inte. Välj en annan.</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="326"/>
        <source>The lawful basis must be one of: {list}.</source>
        <translation>Den rättsliga grunden måste vara en av: {list}.</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="327"/>
        <source>The moment the breach was noticed cannot be in the future.</source>
        <translation>Tidpunkten då personuppgiftsincidenten upptäcktes kan inte ligga i framtiden.</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="328"/>
        <source>The notice does not name the source of the data: it must contain {source_name}, which is replaced by the precise source of each contact (GDPR art. 14).</source>
        <translation>Informationen anger inte uppgifternas källa: den måste innehålla {source_name}, som ersätts med varje kontakts exakta källa (GDPR art. 14).</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="334"/>
        <source>The notice is empty.</source>
        <translation>Informationstexten är tom.</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="335"/>
        <source>The notice uses the unknown placeholder {list}; the placeholders a notice may use are {allowed}.</source>
        <translation>Informationstexten använder den okända platshållaren {list}; tillåtna platshållare är {allowed}.</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="340"/>
        <source>The output file {name} must end in .csv or .xlsx (the format is chosen from the file name).</source>
        <translation>Utfilen {name} måste sluta på .csv eller .xlsx (formatet väljs efter filnamnet).</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="345"/>
        <source>The passphrase is too short: use at least {min_passphrase_length} characters.</source>
        <translation>Lösenfrasen är för kort: använd minst {min_passphrase_length} tecken.</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="349"/>
        <source>The people cannot have been told before the breach was noticed.</source>
        <translation>De registrerade kan inte ha informerats innan personuppgiftsincidenten upptäcktes.</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="352"/>
        <source>The people cannot have been told in the future.</source>
        <translation>Informationen till de registrerade kan inte ligga i framtiden.</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="353"/>
        <source>The person cannot have been told of the extension before the request arrived.</source>
        <translation>Personen kan inte ha fått besked om förlängningen innan begäran kom in.</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="357"/>
        <source>The reason must be one of: {list}.</source>
        <translation>Skälet måste vara ett av: {list}.</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="358"/>
        <source>The register file must end in .html or .pdf.</source>
        <translation>Registerfilen måste sluta på .html eller .pdf.</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="359"/>
        <source>The report file must end in {list}.</source>
        <translation>Rapportfilen måste sluta på {list}.</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="360"/>
        <source>The report language must be en, fr or sv.</source>
        <translation>Rapportens språk måste vara en, fr eller sv.</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="361"/>
        <source>The report {name} cannot be written in {folder} ({strerror}); nothing was imported. Choose another folder for the report.</source>
        <translation>Rapporten {name} kan inte skrivas i {folder} ({strerror}); ingenting har importerats. Välj en annan mapp för rapporten.</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="366"/>
        <source>The risk must be one of: {list}.</source>
        <translation>Risken måste vara en av: {list}.</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="367"/>
        <source>The segment &apos;{name}&apos; cannot be used: {exc}</source>
        <translation>Segmentet ”{name}” kan inte användas: {exc}</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="368"/>
        <source>The sheet &apos;{chosen}&apos; of {name} is empty: nothing to import.</source>
        <translation>Bladet ”{chosen}” i {name} är tomt: ingenting att importera.</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="369"/>
        <source>The sheet &apos;{name}&apos; of {name2} cannot be read: the file is damaged. Open it in your spreadsheet program and save it again.</source>
        <translation>Bladet ”{name}” i {name2} kan inte läsas: filen är skadad. Öppna den i ditt kalkylprogram och spara den igen.</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="374"/>
        <source>The source type must be one of: {list}.</source>
        <translation>Källtypen måste vara en av: {list}.</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="375"/>
        <source>The system keyring is locked or not answering, so the workspace key cannot be read. Unlock your keyring (log in to your desktop session) and try again.</source>
        <translation>Systemets nyckelring är låst eller svarar inte, så arbetsytans nyckel kan inte läsas. Lås upp nyckelringen (logga in i din skrivbordssession) och försök igen.</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="380"/>
        <source>The system keyring refused to store the new workspace key. Unlock it and try again, or set {passphrase_env} to use a passphrase instead.</source>
        <translation>Systemets nyckelring vägrade spara den nya nyckeln för arbetsytan. Lås upp den och försök igen, eller ange {passphrase_env} för att använda en lösenfras i stället.</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="385"/>
        <source>The unsubscribe address &quot;{text}&quot; is not a usable mailto: address: write it as mailto:unsubscribe@yourcompany.example.</source>
        <translation>Avregistreringsadressen &quot;{text}&quot; är inte en användbar mailto:-adress: skriv den som mailto:avregistrera@dittforetag.example.</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="390"/>
        <source>The unsubscribe link &quot;{text}&quot; contains spaces: remove them.</source>
        <translation>Avregistreringslänken &quot;{text}&quot; innehåller mellanslag: ta bort dem.</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="391"/>
        <source>The unsubscribe link &quot;{text}&quot; does not contain {token}, so it would be the same for everybody: add {token} where each contact&apos;s own code goes, as in https://yourcompany.example/unsubscribe?t={token}.</source>
        <translation>Avregistreringslänken &quot;{text}&quot; innehåller inte {token} och skulle därför bli likadan för alla: lägg till {token} där varje kontakts egen kod ska stå, som i https://dittforetag.example/avregistrera?t={token}.</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="397"/>
        <source>The unsubscribe means &quot;{text}&quot; is neither a web link nor a mailto: address: write a link such as https://yourcompany.example/unsubscribe?t={token}, or mailto:unsubscribe@yourcompany.example.</source>
        <translation>Avregistreringsvägen &quot;{text}&quot; är varken en webblänk eller en mailto:-adress: skriv en länk som https://dittforetag.example/avregistrera?t={token} eller mailto:avregistrera@dittforetag.example.</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="403"/>
        <source>The workspace could not be backed up before its upgrade ({strerror}); nothing was changed.</source>
        <translation>Arbetsytan kunde inte säkerhetskopieras före uppgraderingen ({strerror}); ingenting har ändrats.</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="408"/>
        <source>The workspace could not be created at {path}: {exc}.</source>
        <translation>Arbetsytan kunde inte skapas i {path}: {exc}.</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="409"/>
        <source>The workspace could not be opened with the key kept in the system keyring: the file is not a Clearlist workspace, or it was replaced. Check that you chose the right file.</source>
        <translation>Arbetsytan kunde inte öppnas med nyckeln i systemets nyckelring: filen är inte en Clearlist-arbetsyta, eller så har den ersatts. Kontrollera att du har valt rätt fil.</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="415"/>
        <source>The workspace could not be opened: the passphrase is wrong, or the file is not a Clearlist workspace. Check the passphrase (it is case-sensitive) and the file.</source>
        <translation>Arbetsytan kunde inte öppnas: lösenfrasen är fel, eller så är filen inte en Clearlist-arbetsyta. Kontrollera lösenfrasen (skillnad görs på versaler och gemener) och filen.</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="421"/>
        <source>The workspace could not be opened: {exc}.</source>
        <translation>Arbetsytan kunde inte öppnas: {exc}.</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="422"/>
        <source>The workspace could not be upgraded ({exc}); it was left as it was.</source>
        <translation>Arbetsytan kunde inte uppgraderas ({exc}); den lämnades som den var.</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="425"/>
        <source>The workspace file cannot be read: {strerror}.</source>
        <translation>Arbetsytans fil kan inte läsas: {strerror}.</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="426"/>
        <source>The workspace is busy: another Clearlist window or command is writing to it. Wait for it to finish and try again.</source>
        <translation>Arbetsytan är upptagen: ett annat Clearlist-fönster eller kommando skriver till den. Vänta tills det är klart och försök igen.</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="431"/>
        <source>The workspace is in use by another window or task; close it and try again. The workspace is unchanged.</source>
        <translation>Arbetsytan används av ett annat fönster eller en annan uppgift; stäng det och försök igen. Arbetsytan är oförändrad.</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="436"/>
        <source>The {replace} cannot be negative.</source>
        <translation>Värdet för {replace} får inte vara negativt.</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="437"/>
        <source>The {replace} must be a whole number.</source>
        <translation>Värdet för {replace} måste vara ett heltal.</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="438"/>
        <source>There is no export number {export_id}.</source>
        <translation>Det finns ingen export med nummer {export_id}.</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="439"/>
        <source>There is no file {path}. Check the name and the folder.</source>
        <translation>Filen {path} finns inte. Kontrollera namnet och mappen.</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="440"/>
        <source>There is no import batch {batch_id}.</source>
        <translation>Det finns ingen importomgång {batch_id}.</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="441"/>
        <source>There is no segment named &apos;{name}&apos;. {hint}</source>
        <translation>Det finns inget segment som heter ”{name}”. {hint}</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="442"/>
        <source>There is no workspace at {path}. Check the path.</source>
        <translation>Det finns ingen arbetsyta i {path}. Kontrollera sökvägen.</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="443"/>
        <source>They agreed to receive marketing e-mails: the lawful basis is consent.</source>
        <translation>De har samtyckt till marknadsföring via e-post: den rättsliga grunden är samtycke.</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="446"/>
        <source>They agreed, through the provider, to receive marketing e-mails: the lawful basis is consent.</source>
        <translation>De har via leverantören samtyckt till marknadsföring via e-post: den rättsliga grunden är samtycke.</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="451"/>
        <source>This breach is not in the log.</source>
        <translation>Den här personuppgiftsincidenten finns inte i loggen.</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="452"/>
        <source>This campaign no longer exists: it was deleted.</source>
        <translation>Kampanjen finns inte längre: den har tagits bort.</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="453"/>
        <source>This contact no longer exists (it was deleted or erased).</source>
        <translation>Kontakten finns inte längre (den har tagits bort eller raderats).</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="454"/>
        <source>This is not a valid e-mail address.</source>
        <translation>Det här är inte en giltig e-postadress.</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="455"/>
        <source>This is not a valid e-mail address. Write the person&apos;s full address, like name@example.com.</source>
        <translation>Det här är inte en giltig e-postadress. Skriv personens fullständiga adress, som namn@example.com.</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="460"/>
        <source>This request does not exist.</source>
        <translation>Begäran finns inte.</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="461"/>
        <source>This request is already closed.</source>
        <translation>Begäran är redan avslutad.</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="462"/>
        <source>This request&apos;s deadline was already extended; it cannot be again.</source>
        <translation>Tidsfristen för den här begäran har redan förlängts; den kan inte förlängas igen.</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="465"/>
        <source>This workspace is locked with a passphrase and none was given. Enter it, or set the environment variable {passphrase_env}. (No key for it is in the system keyring.)</source>
        <translation>Arbetsytan är låst med en lösenfras och ingen lösenfras angavs. Skriv in den eller ange miljövariabeln {passphrase_env}. (Det finns ingen nyckel för den i systemets nyckelring.)</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="471"/>
        <source>This workspace was saved by a newer version of Clearlist (schema {version}; this program knows up to {schema_version}). Install the newer version to open it; the file was not changed.</source>
        <translation>Arbetsytan sparades av en nyare version av Clearlist (schema {version}; det här programmet känner till upp till {schema_version}). Installera den nyare versionen för att öppna den; filen har inte ändrats.</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="477"/>
        <source>Unknown job function &apos;{function}&apos;. Use one of: {list}.</source>
        <translation>Okänd funktion ”{function}”. Använd en av: {list}.</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="478"/>
        <source>Unknown job function: {list}. Use one of: {list2}.</source>
        <translation>Okänd funktion: {list}. Använd en av: {list2}.</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="479"/>
        <source>Unknown opt-out entry kind {kind}.</source>
        <translation>Okänd typ av spärrpost: {kind}.</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="480"/>
        <source>Unknown segment criteria: {list}.</source>
        <translation>Okända segmentkriterier: {list}.</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="481"/>
        <source>Unknown seniority &apos;{seniority}&apos;. Use one of: {list}.</source>
        <translation>Okänd befattningsnivå ”{seniority}”. Använd en av: {list}.</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="482"/>
        <source>Unknown value for {name}: {list}. Use one of: {list2}.</source>
        <translation>Okänt värde för {name}: {list}. Använd ett av: {list2}.</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="483"/>
        <source>Use a date written as YYYY-MM-DD.</source>
        <translation>Skriv datumet som ÅÅÅÅ-MM-DD.</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="484"/>
        <source>Use a two-letter country code such as FR, SE or GB.</source>
        <translation>Använd en landskod med två bokstäver, till exempel SE, FR eller GB.</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="485"/>
        <source>You do not know whether they agreed: they count as not consenting.</source>
        <translation>Du vet inte om de har samtyckt: de räknas som utan samtycke.</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="488"/>
        <source>You do not know whether they were told: Clearlist assumes they were not, so the first e-mail to each of them must carry the information notice.</source>
        <translation>Du vet inte om de informerades: Clearlist utgår från att de inte gjorde det, så det första e-postmeddelandet till var och en måste innehålla information vid första kontakt.</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="493"/>
        <source>consent must be true, false or absent.</source>
        <translation>consent måste vara true, false eller utelämnas.</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="494"/>
        <source>source_ids must be batch numbers.</source>
        <translation>source_ids måste vara nummer på importomgångar.</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="495"/>
        <source>{exc}. The fields are: {list}.</source>
        <translation>{exc}. Fälten är: {list}.</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="496"/>
        <source>{name} cannot be read as a workbook: it is damaged or incomplete (was the download or the copy finished?). Open it in your spreadsheet program and save it again, or save it as CSV.</source>
        <translation>{name} kan inte läsas som arbetsbok: filen är skadad eller ofullständig (blev nedladdningen eller kopieringen klar?). Öppna den i ditt kalkylprogram och spara den igen, eller spara den som CSV.</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="502"/>
        <source>{name} cannot be read as a workbook: it is damaged or incomplete.</source>
        <translation>{name} kan inte läsas som arbetsbok: filen är skadad eller ofullständig.</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="505"/>
        <source>{name} cannot be read near line {line_num} ({exc}). Open it in your spreadsheet program and save it again as CSV.</source>
        <translation>{name} kan inte läsas kring rad {line_num} ({exc}). Öppna den i ditt kalkylprogram och spara den igen som CSV.</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="510"/>
        <source>{name} cannot be read: {strerror}.</source>
        <translation>{name} kan inte läsas: {strerror}.</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="511"/>
        <source>{name} contains NUL bytes (line {line}): it is not a plain text table, or it is damaged. {convert_hint}</source>
        <translation>{name} innehåller NUL-byte (rad {line}): det är inte en vanlig texttabell, eller så är filen skadad. {convert_hint}</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="516"/>
        <source>{name} could not be opened with this workspace&apos;s key: it is not a Clearlist backup, or it is the backup of another workspace (or was made with another passphrase).</source>
        <translation>{name} kunde inte öppnas med arbetsytans nyckel: filen är inte en Clearlist-säkerhetskopia, eller så är den en säkerhetskopia av en annan arbetsyta (eller gjordes med en annan lösenfras).</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="522"/>
        <source>{name} does not look like a text table (it holds binary data). Choose the contact list itself, saved as {supported}.</source>
        <translation>{name} ser inte ut som en texttabell (den innehåller binärdata). Välj själva kontaktlistan, sparad som {supported}.</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="527"/>
        <source>{name} has a cell larger than 1 MB near line {line_num}: it is damaged or is not a contact list. Check that line in your spreadsheet program.</source>
        <translation>{name} har en cell som är större än 1 MB kring rad {line_num}: filen är skadad eller är ingen kontaktlista. Kontrollera den raden i ditt kalkylprogram.</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="532"/>
        <source>{name} has a cell larger than 1 MB on row {number}: it is damaged or is not a contact list.</source>
        <translation>{name} har en cell som är större än 1 MB på rad {number}: filen är skadad eller är ingen kontaktlista.</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="537"/>
        <source>{name} has a header row but no contacts under it: there is nothing to import.</source>
        <translation>{name} har en rubrikrad men inga kontakter under den: det finns ingenting att importera.</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="541"/>
        <source>{name} has no column of e-mail addresses (looked for a header such as &apos;Email&apos;, &apos;E-mail&apos;, &apos;Email Address&apos;, &apos;Courriel&apos; or &apos;E-post&apos;, then for a column of addresses, then for our unsubscribe codes). Add a header &apos;Email&apos; above the addresses, or import a hashed list with --hashed sha256 or --hashed md5. Nothing was added.</source>
        <translation>{name} har ingen kolumn med e-postadresser (Clearlist letade efter en rubrik som ”Email”, ”E-mail”, ”Email Address”, ”Courriel” eller ”E-post”, sedan efter en kolumn med adresser och sist efter våra avregistreringskoder). Lägg till rubriken ”Email” ovanför adresserna, eller importera en hashad lista med --hashed sha256 eller --hashed md5. Ingenting har lagts till.</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="549"/>
        <source>{name} has no sheet named &apos;{sheet}&apos;. Its sheets are: {list}.</source>
        <translation>{name} har inget blad som heter ”{sheet}”. Bladen är: {list}.</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="550"/>
        <source>{name} has no sheets: there is nothing to import.</source>
        <translation>{name} har inga blad: det finns ingenting att importera.</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="551"/>
        <source>{name} holds no data on any sheet: nothing to import.</source>
        <translation>{name} innehåller inga data på något blad: ingenting att importera.</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="552"/>
        <source>{name} holds no hashes: there is nothing to add.</source>
        <translation>{name} innehåller inga hashvärden: det finns ingenting att lägga till.</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="553"/>
        <source>{name} holds no rows: there is nothing to add.</source>
        <translation>{name} innehåller inga rader: det finns ingenting att lägga till.</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="554"/>
        <source>{name} holds no rows: there is nothing to import.</source>
        <translation>{name} innehåller inga rader: det finns ingenting att importera.</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="555"/>
        <source>{name} holds no text: there is nothing to import.</source>
        <translation>{name} innehåller ingen text: det finns ingenting att importera.</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="556"/>
        <source>{name} is a workbook saved under a text file&apos;s name. Rename it to .xlsx (or .xls), or save it again as CSV, and import it again.</source>
        <translation>{name} är en arbetsbok som har sparats med ett textfilsnamn. Byt filändelse till .xlsx (eller .xls), eller spara den igen som CSV, och importera den på nytt.</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="561"/>
        <source>{name} is an encrypted database, but not a Clearlist backup.</source>
        <translation>{name} är en krypterad databas, men inte en Clearlist-säkerhetskopia.</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="562"/>
        <source>{name} is an encrypted database, but not a Clearlist workspace. Choose a Clearlist workspace file.</source>
        <translation>{name} är en krypterad databas, men inte en Clearlist-arbetsyta. Välj en Clearlist-arbetsyta.</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="567"/>
        <source>{name} is an unencrypted SQLite database, not a Clearlist workspace. Choose a Clearlist workspace file, or a new file name to create one.</source>
        <translation>{name} är en okrypterad SQLite-databas, inte en Clearlist-arbetsyta. Välj en Clearlist-arbetsyta eller ett nytt filnamn för att skapa en.</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="572"/>
        <source>{name} is an unencrypted database, not a Clearlist backup. Choose a backup file.</source>
        <translation>{name} är en okrypterad databas, inte en Clearlist-säkerhetskopia. Välj en säkerhetskopia.</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="576"/>
        <source>{name} is damaged and cannot be restored.</source>
        <translation>{name} är skadad och kan inte återställas.</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="577"/>
        <source>{name} is empty: there is nothing to import.</source>
        <translation>{name} är tom: det finns ingenting att importera.</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="578"/>
        <source>{name} is not a Clearlist backup (it holds no workspace).</source>
        <translation>{name} är inte en Clearlist-säkerhetskopia (den innehåller ingen arbetsyta).</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="579"/>
        <source>{name} is not a Clearlist backup (it is not a database file).</source>
        <translation>{name} är inte en Clearlist-säkerhetskopia (det är ingen databasfil).</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="580"/>
        <source>{name} is not all in one text encoding (near line {value}). Save it again as &apos;CSV UTF-8&apos; and import it again.</source>
        <translation>{name} har inte samma teckenkodning överallt (kring rad {value}). Spara den igen som ”CSV UTF-8” och importera den på nytt.</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="585"/>
        <source>{name} is protected by a password (the workbook is encrypted). Open it in your spreadsheet program, remove the password (File &gt; Info &gt; Protect Workbook &gt; Encrypt with Password, then clear it), save it, and import it again.</source>
        <translation>{name} är lösenordsskyddad (arbetsboken är krypterad). Öppna den i ditt kalkylprogram, ta bort lösenordet (Arkiv &gt; Info &gt; Skydda arbetsbok &gt; Kryptera med lösenord och töm fältet), spara och importera den på nytt.</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="592"/>
        <source>{name} is protected by a password. Open it in your spreadsheet program, remove the password, save it, and import it again.</source>
        <translation>{name} är lösenordsskyddad. Öppna den i ditt kalkylprogram, ta bort lösenordet, spara och importera den på nytt.</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="597"/>
        <source>{name} is {what}, not a table. Choose the contact list itself (a {supported} file).</source>
        <translation>{name} är inte en tabell ({what}). Välj själva kontaktlistan (en fil av typen {supported}).</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="601"/>
        <source>{name} mixes two text encodings: most of it is UTF-8, but line {line} is not. Open the file in your spreadsheet program and save it again as &apos;CSV UTF-8&apos; (or fix that line), then import it again.</source>
        <translation>{name} blandar två teckenkodningar: det mesta är UTF-8, men inte rad {line}. Öppna filen i ditt kalkylprogram och spara den igen som ”CSV UTF-8” (eller rätta den raden) och importera den sedan på nytt.</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="607"/>
        <source>{name} must be a date written YYYY-MM-DD.</source>
        <translation>{name} måste vara ett datum skrivet ÅÅÅÅ-MM-DD.</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="608"/>
        <source>{name} was made by a newer version of Clearlist (schema {version}); install that version to restore it.</source>
        <translation>{name} gjordes med en nyare version av Clearlist (schema {version}); installera den versionen för att återställa den.</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="613"/>
        <source>{notice_problem} Correct the campaign &quot;notice&quot;, or set it to null if the message carries no first-contact notice.</source>
        <translation>{notice_problem} Rätta kampanjens &quot;notice&quot;, eller sätt det till null om utskicket inte innehåller någon information vid första kontakt.</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="618"/>
        <source>{path} is a folder, not a file. Choose a spreadsheet file.</source>
        <translation>{path} är en mapp, inte en fil. Välj en kalkylarksfil.</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="619"/>
        <source>{path} is a folder: give a file name; nothing was written.</source>
        <translation>{path} är en mapp: ange ett filnamn; ingenting har sparats.</translation>
    </message>
</context>
<context>
    <name>optout</name>
    <message>
        <location filename="../../gui/optout_page.py" line="56"/>
        <source>unsubscribed</source>
        <translation>avregistrering</translation>
    </message>
    <message>
        <location filename="../../gui/optout_page.py" line="57"/>
        <source>objected</source>
        <translation>invändning</translation>
    </message>
    <message>
        <location filename="../../gui/optout_page.py" line="58"/>
        <source>bounced</source>
        <translation>returnerad e-post</translation>
    </message>
    <message>
        <location filename="../../gui/optout_page.py" line="59"/>
        <source>complaint</source>
        <translation>klagomål</translation>
    </message>
    <message>
        <location filename="../../gui/optout_page.py" line="60"/>
        <source>erased</source>
        <translation>radering</translation>
    </message>
    <message>
        <location filename="../../gui/optout_page.py" line="61"/>
        <source>added by hand</source>
        <translation>tillagd manuellt</translation>
    </message>
    <message>
        <location filename="../../gui/optout_page.py" line="64"/>
        <source>address</source>
        <translation>adress</translation>
    </message>
    <message>
        <location filename="../../gui/optout_page.py" line="65"/>
        <source>domain</source>
        <translation>domän</translation>
    </message>
    <message>
        <location filename="../../gui/optout_page.py" line="66"/>
        <source>SHA-256 hash</source>
        <translation>SHA-256-hashvärde</translation>
    </message>
    <message>
        <location filename="../../gui/optout_page.py" line="67"/>
        <source>MD5 hash</source>
        <translation>MD5-hashvärde</translation>
    </message>
</context>
<context>
    <name>requests</name>
    <message>
        <location filename="../../gui/request_dialog.py" line="25"/>
        <source>Access (a copy of their data)</source>
        <translation>Registerutdrag (en kopia av sina uppgifter)</translation>
    </message>
    <message>
        <location filename="../../gui/request_dialog.py" line="26"/>
        <source>Rectification (correct their data)</source>
        <translation>Rättelse (rätta sina uppgifter)</translation>
    </message>
    <message>
        <location filename="../../gui/request_dialog.py" line="29"/>
        <source>Erasure (delete their data)</source>
        <translation>Radering (radera sina uppgifter)</translation>
    </message>
    <message>
        <location filename="../../gui/request_dialog.py" line="30"/>
        <source>Objection (no more marketing)</source>
        <translation>Invändning (ingen mer marknadsföring)</translation>
    </message>
</context>
<context>
    <name>values</name>
    <message>
        <location filename="../../gui/contact_model.py" line="70"/>
        <source>B2B</source>
        <translation>B2B</translation>
    </message>
    <message>
        <location filename="../../gui/contact_model.py" line="71"/>
        <source>B2C</source>
        <translation>B2C</translation>
    </message>
    <message>
        <location filename="../../gui/contact_model.py" line="72"/>
        <source>Consent</source>
        <translation>Samtycke</translation>
    </message>
    <message>
        <location filename="../../gui/contact_model.py" line="73"/>
        <source>Legitimate interest</source>
        <translation>Berättigat intresse</translation>
    </message>
    <message>
        <location filename="../../gui/contact_model.py" line="74"/>
        <source>Contract</source>
        <translation>Avtal</translation>
    </message>
    <message>
        <location filename="../../gui/contact_model.py" line="75"/>
        <source>Executive</source>
        <translation>Ledning</translation>
    </message>
    <message>
        <location filename="../../gui/contact_model.py" line="76"/>
        <source>Sales</source>
        <translation>Försäljning</translation>
    </message>
    <message>
        <location filename="../../gui/contact_model.py" line="77"/>
        <source>Marketing</source>
        <translation>Marknadsföring</translation>
    </message>
    <message>
        <location filename="../../gui/contact_model.py" line="78"/>
        <source>HR</source>
        <translation>HR</translation>
    </message>
    <message>
        <location filename="../../gui/contact_model.py" line="79"/>
        <source>Finance</source>
        <translation>Ekonomi</translation>
    </message>
    <message>
        <location filename="../../gui/contact_model.py" line="80"/>
        <source>IT</source>
        <translation>IT</translation>
    </message>
    <message>
        <location filename="../../gui/contact_model.py" line="81"/>
        <source>Operations</source>
        <translation>Drift</translation>
    </message>
    <message>
        <location filename="../../gui/contact_model.py" line="82"/>
        <source>Purchasing</source>
        <translation>Inköp</translation>
    </message>
    <message>
        <location filename="../../gui/contact_model.py" line="83"/>
        <source>Legal</source>
        <translation>Juridik</translation>
    </message>
    <message>
        <location filename="../../gui/contact_model.py" line="84"/>
        <source>Engineering</source>
        <translation>Teknik</translation>
    </message>
    <message>
        <location filename="../../gui/contact_model.py" line="85"/>
        <source>Customer service</source>
        <translation>Kundtjänst</translation>
    </message>
    <message>
        <location filename="../../gui/contact_model.py" line="86"/>
        <source>Other</source>
        <translation>Övrigt</translation>
    </message>
    <message>
        <location filename="../../gui/contact_model.py" line="87"/>
        <source>Owner / executive</source>
        <translation>Ägare / ledning</translation>
    </message>
    <message>
        <location filename="../../gui/contact_model.py" line="88"/>
        <source>Director</source>
        <translation>Direktör</translation>
    </message>
    <message>
        <location filename="../../gui/contact_model.py" line="89"/>
        <source>Manager</source>
        <translation>Chef</translation>
    </message>
    <message>
        <location filename="../../gui/contact_model.py" line="90"/>
        <source>Staff</source>
        <translation>Medarbetare</translation>
    </message>
    <message>
        <location filename="../../gui/contact_model.py" line="91"/>
        <source>Assistant</source>
        <translation>Assistent</translation>
    </message>
    <message>
        <location filename="../../gui/contact_model.py" line="92"/>
        <source>Unknown</source>
        <translation>Okänd</translation>
    </message>
    <message>
        <location filename="../../gui/contact_model.py" line="93"/>
        <source>Own form</source>
        <translation>Eget formulär</translation>
    </message>
    <message>
        <location filename="../../gui/contact_model.py" line="94"/>
        <source>Trade show</source>
        <translation>Mässa</translation>
    </message>
    <message>
        <location filename="../../gui/contact_model.py" line="95"/>
        <source>Customer</source>
        <translation>Kund</translation>
    </message>
    <message>
        <location filename="../../gui/contact_model.py" line="96"/>
        <source>Purchased list</source>
        <translation>Köpt lista</translation>
    </message>
    <message>
        <location filename="../../gui/contact_model.py" line="97"/>
        <source>Rented list</source>
        <translation>Hyrd lista</translation>
    </message>
    <message>
        <location filename="../../gui/contact_model.py" line="98"/>
        <source>Public web</source>
        <translation>Offentlig webb</translation>
    </message>
    <message>
        <location filename="../../gui/contact_model.py" line="99"/>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <location filename="../../gui/contact_model.py" line="100"/>
        <source>Manual</source>
        <translation>Manuell</translation>
    </message>
    <message>
        <location filename="../../gui/contact_model.py" line="101"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location filename="../../gui/contact_model.py" line="102"/>
        <source>No</source>
        <translation>Nej</translation>
    </message>
</context>
<context>
    <name>workers</name>
    <message>
        <location filename="../../gui/workers.py" line="190"/>
        <source>Something went wrong inside Clearlist; nothing was changed. The details are in the log file; please report them.</source>
        <translation>Något gick fel i Clearlist; ingenting har ändrats. Detaljerna finns i loggfilen – rapportera dem gärna.</translation>
    </message>
    <message>
        <location filename="../../gui/workers.py" line="199"/>
        <source>Clearlist</source>
        <translation>Clearlist</translation>
    </message>
</context>
</TS>
