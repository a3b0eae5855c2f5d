<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AddPartnerDialog</name>
    <message>
        <source>This file is too large to be a contact card.</source>
        <extracomment>A contact card is a few kilobytes; anything much larger is not one (never read it all).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(card file: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a contact card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the organisation&apos;s card first, or open its file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: the keys of “%1” are different</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a partner organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the contact card the organisation gave you (the text from -----BEGIN to END-----), or open the card file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact card text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open card file...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This card uses the name of a partner you already have, but its keys are different. It was NOT added. Someone may be trying to read what you send. Call the organisation on a number you already know before you do anything else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Digits of the partner you already have:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Digits on this new card:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organisation told me themselves that they changed their keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Replace keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Digits of the partner you already have</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Digits on this new card</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttachmentField</name>
    <message>
        <source>Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a file...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(file)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <source>Backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing an encrypted backup of the vault...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup progress</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <source>Change passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a new passphrase. The old one stops working at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Change passphrase</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChoiceFields</name>
    <message>
        <source>Clear answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not answered)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type to search for a country</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DateFields</name>
    <message>
        <source>No date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year not given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I don&apos;t remember the month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I don&apos;t remember the day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until (leave empty if it still goes on)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DestinationPage</name>
    <message>
        <source>Save the report file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This folder does not exist. Choose another place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A file with this name is already there. Choose a new name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where should the file go?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a USB stick or a folder you can send from. The file name says nothing about the report, and only the chosen organisations can open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File to write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hoose...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Write the file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <source>Done: the report is ready to hand over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file was saved here:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give this file to the organisation: copy it to a USB stick or send it with a messenger. Nobody else can read it. Your report is now kept as it was sent; if you change it later, a new version is started.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvidenceDialog</name>
    <message>
        <source>Remove this file?</source>
        <extracomment>Decoded pictures are bounded too (a small file can claim a gigantic canvas).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove “%1” from this report? It will be destroyed in the vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a file to see it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is too large to show here (more than %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This kind of file cannot be shown here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This picture cannot be shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This document cannot be shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This report was sent. It is kept exactly as it was sent, so files cannot be added or removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add photos, scans and documents, or drag them here. Hidden details that could identify you (location, camera, author names) are removed before they are stored. Your original files are not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attached files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add files...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Picture preview</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExchangeScreens</name>
    <message>
        <source>&amp;Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Partners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner &amp;organisations...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My contact &amp;card...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Evidence...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Send to an organisation...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Send...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send this report to an organisation (Ctrl+Shift+E)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportWizard</name>
    <message>
        <source>Send a report</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FieldWidget</name>
    <message>
        <source>Needs an answer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>Creating your vault...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your vault is ready, but this computer cannot remember the passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create your vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create vault</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FormView</name>
    <message>
        <source>Some answers on this page need attention. You can fix them now, or press Next again and come back to them later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages of the form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous page (Ctrl+PgUp)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next page (Ctrl+PgDown)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IdentityDialog</name>
    <message>
        <source>The card was copied. It will be removed from the clipboard soon.</source>
        <extracomment>File name suggested for the card: says what it is, nothing about who.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name on your card was changed. The digits stay the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save your contact card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your card was saved as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My contact card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give this card to an organisation so it can check that reports really come from you. The card holds no secret. Its name does not have to be your real name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name on the card:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name on the card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change &amp;name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your digits (the organisation may ask you to read them out):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your contact card as a QR code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save card to a file...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy card text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeychainPage</name>
    <message>
        <source>Remember on this computer?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remember the passphrase on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remember the passphrase on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you tick this, anyone who can use this computer account can open your vault without the passphrase. Leave it off if the computer could be taken or searched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the vault</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LanguagePage</name>
    <message>
        <source>Welcome to Intake Desk</source>
        <extracomment>Creates the vault with a passphrase; runs on the database thread.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intake Desk keeps what you write encrypted on this computer. First, create your vault: it takes a minute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>About Intake Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intake Desk keeps your reports encrypted on this computer and hands them, signed and encrypted, to the organisations you choose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the selected report; press the button that has the focus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected report (it asks first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next or previous question or button</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next page of the form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous page of the form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock the vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide everything and lock at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit (locks first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intake Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hide and lock now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change &amp;passphrase...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Backup...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Intake Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vault: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vault folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlocked</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NeutralTitle</name>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewReportDialog</name>
    <message>
        <source>New report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which &amp;form do you want to fill in?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PartnerListModel</name>
    <message>
        <source>verified</source>
        <extracomment>The role under which each row&apos;s ``PartnerView`` is available.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not verified - compare the digits first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>looks like the verified partner “%1” but is not it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PartnersDialog</name>
    <message>
        <source>Fingerprint of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the 30 digits you were told.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the keys of a partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add a partner...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No partner organisations yet.

Ask the organisation for its contact card, then choose “Add a partner”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call the organisation or check its website and compare these 30 digits. Then type the digits they give you here. Do not send anything until they match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Digits they gave you:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The 30 digits the organisation gave you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>12345 67890 ... (spaces do not matter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They &amp;match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace &amp;keys...</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PartnersPage</name>
    <message>
        <source>Who should receive this report?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the organisations you tick can open the file. An organisation can be chosen once you have compared its digits with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have no verified partner yet. Open the partners screen, add the organisation&apos;s card and compare the digits with them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;partners...</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PassphrasePage</name>
    <message>
        <source>Choose a passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this passphrase opens your vault. Nobody can recover it for you: if you forget it, what you wrote is lost. A few unrelated words are strong and easy to remember.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PassphrasePairWidget</name>
    <message>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat the new passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Several unrelated words are easy to remember</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a passphrase only you know.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Very weak: this is a common password or close to one. It could be guessed within hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weak: a seized computer could be opened by guessing within months. Add another word or two.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fair: guessing it would take years. Another word makes it much stronger.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strong: guessing it would take centuries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use at least 10 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passphrases are different.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RepeatWidget</name>
    <message>
        <source>Add an entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove entry %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportEditor</name>
    <message>
        <source>Choose a file to attach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attaching and cleaning the file...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the list of reports (your changes are saved)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A name only you will see</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the report (only you see it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a new version to edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This report was received on %1 and is kept exactly as it arrived.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This report was sent on %1. Editing creates a new version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent (read-only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received (read-only)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportListModel</name>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportsPanel</name>
    <message>
        <source>Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (new version)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete “%1” for good?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report and the files attached to it will be removed from this computer. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a new report (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a &amp;copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the report into a new draft (for a sent report: its new version)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reports yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press “New report” (Ctrl+N) to write down what happened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+L locks the vault. Ctrl+Shift+Q hides everything and locks at once.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>Some questions are not answered yet or need checking (%1). You can send the report as it is, or cancel and complete it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answers yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attached files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check what will be sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is everything the file will contain. Go back to change the choice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What will be sent</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lock after this many idle minutes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes before the vault locks itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock when the window is &amp;minimised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show a neutral window &amp;title and icon (“Notes”)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remember the passphrase on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anyone who can use this computer account can then open the vault without the passphrase. Leave this off if the computer could be taken or searched.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnlockWindow</name>
    <message>
        <source>Unlock your vault</source>
        <extracomment>Opens the vault with a passphrase; runs on the database thread.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening the vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vault folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WritePage</name>
    <message>
        <source>Writing the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypting and signing. You can cancel at any time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress of writing the file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>evidence</name>
    <message>
        <source>Removed before storing: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept because it is part of the content: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No hidden identifying details were found in this file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hidden details removed when it was added: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was removed from this file when it was added.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <source>That passphrase is not right. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This vault is already open in another Intake Desk window. Close that one first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This folder is not an Intake Desk vault. Choose the folder of your vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault is damaged and cannot be opened. Restore it from a backup, or ask a partner organisation for help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no vault in this folder yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This vault was made by a newer version of Intake Desk. Update the program to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault is locked. Unlock it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full. Free some space and try again. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This folder is inside another vault. Choose a folder outside it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This folder is not empty. Choose an empty folder or a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intake Desk is not allowed to read or write here. Choose another place, for example a folder in your home folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This name looks like the names of several partners, so nothing was changed. Check the partner list: one of them may be an impostor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That file already exists. Choose a new file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup file is damaged or was changed. Nothing was restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This card claims to be a partner you already have, but its keys are different. It was not added. Do not send anything to it until you have called the organisation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is your own card. Add the organisation&apos;s card instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These digits do not match. The partner stays unverified. Do not send anything until you have found out why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This card has the same keys as before. Nothing was replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A chosen organisation is not verified yet. Compare its digits first. Nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The form of this report is missing from the vault, so it cannot be sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled. No file was written and the report was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That folder is inside your vault. Save the file in another folder, for example on the USB stick you will hand over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This name cannot be used. Use 1 to 64 letters or digits, without / \ or :.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replies or receipts refer to this report. Delete them first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This report was sent and cannot be changed. Make a new version to edit it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be read to the end. Check that it is still there and try again. Nothing was attached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file changed while it was being attached. Nothing was attached; try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The form this report was written with is missing from this vault, so the report cannot be shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is too large to show here. It is still attached and will be sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type all 30 digits, exactly as the organisation gave them. Spaces do not matter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a valid contact card, or it was changed. Ask the organisation for its card again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be written. Nothing was sent; check the disk and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The computer could not read or write a file. Check that the disk is connected and has free space.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That did not work, and nothing was changed. Please try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer&apos;s only password store keeps secrets unencrypted, so the passphrase would not be safe there. You will type it each time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer&apos;s password store did not work, so the passphrase cannot be remembered. You will type it each time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer has no password store Intake Desk can use, so the passphrase cannot be remembered. You will type it each time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something unexpected went wrong. Nothing was changed. Please try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>metadata</name>
    <message>
        <source>where it was made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the camera or device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>names of people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>when it was made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the program used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its editing history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>titles, comments and keywords</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hidden previews and extra data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>other hidden details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intake Desk cannot clean this kind of file, so it was attached as it is. It may still contain details about you or your device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is too large to clean, so it was attached as it is. It may still contain details about you or your device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file seems damaged, so it could not be cleaned and was attached as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file was attached as it is, with its hidden details, as you asked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was attached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It held no hidden details about you or your device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed before storing: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
