<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
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
        <source>That file already exists. Choose a new file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup file is damaged or was changed. Nothing was restored.</source>
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
        <source>Cancelled. Nothing was changed.</source>
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
