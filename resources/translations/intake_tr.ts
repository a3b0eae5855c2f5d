<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="tr_TR">
<context>
    <name>BackupDialog</name>
    <message>
        <source>Backup</source>
        <translation>Yedek</translation>
    </message>
    <message>
        <source>Writing an encrypted backup of the vault...</source>
        <translation>Kasanın şifreli yedeği yazılıyor…</translation>
    </message>
    <message>
        <source>Backup progress</source>
        <translation>Yedekleme durumu</translation>
    </message>
</context>
<context>
    <name>CaseListModel</name>
    <message>
        <source>Report</source>
        <translation>Bildirim</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Form</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Durum</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Son değişiklik</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <source>Change passphrase</source>
        <translation>Parolayı değiştir</translation>
    </message>
    <message>
        <source>Choose a new passphrase. The old one stops working at once.</source>
        <translation>Yeni bir parola seçin. Eski parola hemen geçersiz olur.</translation>
    </message>
    <message>
        <source>&amp;Change passphrase</source>
        <translation>Parolayı &amp;değiştir</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>Creating your vault...</source>
        <translation>Kasanız oluşturuluyor…</translation>
    </message>
    <message>
        <source>Your vault is ready, but this computer cannot remember the passphrase:</source>
        <translation>Kasanız hazır, ancak bu bilgisayar parolayı hatırlayamıyor:</translation>
    </message>
    <message>
        <source>Intake Desk - Create your vault</source>
        <translation>Intake Desk - Kasanızı oluşturun</translation>
    </message>
    <message>
        <source>&amp;Create vault</source>
        <translation>Kasayı &amp;oluştur</translation>
    </message>
</context>
<context>
    <name>KeychainPage</name>
    <message>
        <source>Remember on this computer?</source>
        <translation>Bu bilgisayar hatırlasın mı?</translation>
    </message>
    <message>
        <source>&amp;Remember the passphrase on this computer</source>
        <translation>Parolayı bu bilgisayarda &amp;hatırla</translation>
    </message>
    <message>
        <source>Remember the passphrase on this computer</source>
        <translation>Parolayı bu bilgisayarda hatırla</translation>
    </message>
    <message>
        <source>If you tick this, anyone who can use this computer account can open your vault without the passphrase. Leave it off if the computer could be taken or searched.</source>
        <translation>Bunu işaretlerseniz, bu bilgisayar hesabını kullanabilen herkes kasanızı parola olmadan açabilir. Bilgisayara el konulabilir ya da aranabilirse işaretlemeyin.</translation>
    </message>
    <message>
        <source>Creating the vault</source>
        <translation>Kasa oluşturuluyor</translation>
    </message>
</context>
<context>
    <name>LanguagePage</name>
    <message>
        <source>Welcome to Intake Desk</source>
        <extracomment>Creates the vault with a passphrase; runs on the database thread.</extracomment>
        <translation>Intake Desk&apos;e hoş geldiniz</translation>
    </message>
    <message>
        <source>Intake Desk keeps what you write encrypted on this computer. First, create your vault: it takes a minute.</source>
        <translation>Intake Desk yazdıklarınızı bu bilgisayarda şifreli olarak saklar. Önce kasanızı oluşturun: bir dakika sürer.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Dil:</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Arayüz dili</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>About Intake Desk</source>
        <translation>Intake Desk hakkında</translation>
    </message>
    <message>
        <source>Intake Desk keeps your reports encrypted on this computer and hands them, signed and encrypted, to the organisations you choose.</source>
        <translation>Intake Desk bildirimlerinizi bu bilgisayarda şifreli olarak saklar ve seçtiğiniz kuruluşlara imzalı ve şifreli olarak iletir.</translation>
    </message>
    <message>
        <source>Intake Desk</source>
        <translation>Intake Desk</translation>
    </message>
    <message>
        <source>&amp;Vault</source>
        <translation>&amp;Kasa</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Yardım</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Kilitle</translation>
    </message>
    <message>
        <source>&amp;Hide and lock now</source>
        <translation>Hemen &amp;gizle ve kilitle</translation>
    </message>
    <message>
        <source>Change &amp;passphrase...</source>
        <translation>&amp;Parolayı değiştir…</translation>
    </message>
    <message>
        <source>&amp;Backup...</source>
        <translation>&amp;Yedekle…</translation>
    </message>
    <message>
        <source>&amp;Settings...</source>
        <translation>&amp;Ayarlar…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Çıkış</translation>
    </message>
    <message>
        <source>&amp;About Intake Desk</source>
        <translation>Intake Desk &amp;hakkında</translation>
    </message>
    <message>
        <source>No reports yet</source>
        <translation>Henüz bildirim yok</translation>
    </message>
    <message>
        <source>Your reports will appear here.</source>
        <translation>Bildirimleriniz burada görünecek.</translation>
    </message>
    <message>
        <source>Ctrl+L locks the vault. Ctrl+Shift+Q hides everything and locks at once.</source>
        <translation>Ctrl+L kasayı kilitler. Ctrl+Shift+Q her şeyi hemen gizler ve kilitler.</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Bildirimler</translation>
    </message>
    <message>
        <source>Vault: %1</source>
        <translation>Kasa: %1</translation>
    </message>
    <message>
        <source>Vault folder</source>
        <translation>Kasa klasörü</translation>
    </message>
    <message>
        <source>Unlocked</source>
        <translation>Açık</translation>
    </message>
</context>
<context>
    <name>PassphrasePage</name>
    <message>
        <source>Choose a passphrase</source>
        <translation>Bir parola seçin</translation>
    </message>
    <message>
        <source>Only this passphrase opens your vault. Nobody can recover it for you: if you forget it, what you wrote is lost. A few unrelated words are strong and easy to remember.</source>
        <translation>Kasanızı yalnızca bu parola açar. Kimse onu sizin için kurtaramaz: unutursanız yazdıklarınız kaybolur. Birbiriyle ilgisiz birkaç kelime hem güçlüdür hem de kolay hatırlanır.</translation>
    </message>
</context>
<context>
    <name>PassphrasePairWidget</name>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Parola:</translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation>&amp;Tekrar yazın:</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Yeni parola</translation>
    </message>
    <message>
        <source>Repeat the new passphrase</source>
        <translation>Yeni parolayı tekrar yazın</translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation>Parolanın gücü</translation>
    </message>
    <message>
        <source>Several unrelated words are easy to remember</source>
        <translation>Birbiriyle ilgisiz birkaç kelime kolay hatırlanır</translation>
    </message>
    <message>
        <source>Choose a passphrase only you know.</source>
        <translation>Yalnızca sizin bildiğiniz bir parola seçin.</translation>
    </message>
    <message>
        <source>Very weak: this is a common password or close to one. It could be guessed within hours.</source>
        <translation>Çok zayıf: bu yaygın bir parola ya da ona çok yakın. Birkaç saat içinde tahmin edilebilir.</translation>
    </message>
    <message>
        <source>Weak: a seized computer could be opened by guessing within months. Add another word or two.</source>
        <translation>Zayıf: el konulan bir bilgisayar, tahmin yoluyla birkaç ay içinde açılabilir. Bir iki kelime daha ekleyin.</translation>
    </message>
    <message>
        <source>Fair: guessing it would take years. Another word makes it much stronger.</source>
        <translation>Orta: tahmin etmek yıllar sürer. Bir kelime daha eklerseniz çok daha güçlü olur.</translation>
    </message>
    <message>
        <source>Strong: guessing it would take centuries.</source>
        <translation>Güçlü: tahmin etmek yüzyıllar sürer.</translation>
    </message>
    <message>
        <source>Use at least 10 characters.</source>
        <translation>En az 10 karakter kullanın.</translation>
    </message>
    <message>
        <source>The two passphrases are different.</source>
        <translation>İki parola aynı değil.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Ayarlar</translation>
    </message>
    <message>
        <source>&amp;Lock after this many idle minutes:</source>
        <translation>Bu kadar dakika işlem olmazsa &amp;kilitle:</translation>
    </message>
    <message>
        <source>Minutes before the vault locks itself</source>
        <translation>Kasanın kendiliğinden kilitlenmesine kalan dakika</translation>
    </message>
    <message>
        <source>Lock when the window is &amp;minimised</source>
        <translation>Pencere &amp;simge durumuna küçültülünce kilitle</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Dil:</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Arayüz dili</translation>
    </message>
    <message>
        <source>&amp;Remember the passphrase on this computer</source>
        <translation>Parolayı bu bilgisayarda &amp;hatırla</translation>
    </message>
    <message>
        <source>Anyone who can use this computer account can then open the vault without the passphrase. Leave this off if the computer could be taken or searched.</source>
        <translation>Bu durumda bu bilgisayar hesabını kullanabilen herkes kasayı parola olmadan açabilir. Bilgisayara el konulabilir ya da aranabilirse bunu kapalı bırakın.</translation>
    </message>
</context>
<context>
    <name>UnlockWindow</name>
    <message>
        <source>Intake Desk - Unlock</source>
        <extracomment>Opens the vault with a passphrase; runs on the database thread.</extracomment>
        <translation>Intake Desk - Kilidi aç</translation>
    </message>
    <message>
        <source>Unlock your vault</source>
        <translation>Kasanızın kilidini açın</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Parola:</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Parola</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>Kilidi &amp;aç</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Kilidi aç</translation>
    </message>
    <message>
        <source>Opening the vault</source>
        <translation>Kasa açılıyor</translation>
    </message>
    <message>
        <source>Vault folder</source>
        <translation>Kasa klasörü</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Arayüz dili</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <source>That passphrase is not right. Try again.</source>
        <translation>Parola yanlış. Tekrar deneyin.</translation>
    </message>
    <message>
        <source>This vault is already open in another Intake Desk window. Close that one first.</source>
        <translation>Bu kasa başka bir Intake Desk penceresinde zaten açık. Önce onu kapatın.</translation>
    </message>
    <message>
        <source>This folder is not an Intake Desk vault. Choose the folder of your vault.</source>
        <translation>Bu klasör bir Intake Desk kasası değil. Kasanızın klasörünü seçin.</translation>
    </message>
    <message>
        <source>The vault is damaged and cannot be opened. Restore it from a backup, or ask a partner organisation for help.</source>
        <translation>Kasa bozulmuş ve açılamıyor. Bir yedekten geri yükleyin ya da ortak bir kuruluştan yardım isteyin.</translation>
    </message>
    <message>
        <source>There is no vault in this folder yet.</source>
        <translation>Bu klasörde henüz bir kasa yok.</translation>
    </message>
    <message>
        <source>This vault was made by a newer version of Intake Desk. Update the program to open it.</source>
        <translation>Bu kasa Intake Desk&apos;in daha yeni bir sürümüyle oluşturulmuş. Açmak için programı güncelleyin.</translation>
    </message>
    <message>
        <source>The vault is locked. Unlock it and try again.</source>
        <translation>Kasa kilitli. Kilidini açıp tekrar deneyin.</translation>
    </message>
    <message>
        <source>The disk is full. Free some space and try again. Nothing was changed.</source>
        <translation>Disk dolu. Biraz yer açıp tekrar deneyin. Hiçbir şey değişmedi.</translation>
    </message>
    <message>
        <source>That file already exists. Choose a new file name.</source>
        <translation>Bu dosya zaten var. Başka bir dosya adı seçin.</translation>
    </message>
    <message>
        <source>The backup file is damaged or was changed. Nothing was restored.</source>
        <translation>Yedek dosyası bozulmuş ya da değiştirilmiş. Hiçbir şey geri yüklenmedi.</translation>
    </message>
    <message>
        <source>Cancelled. Nothing was changed.</source>
        <translation>İptal edildi. Hiçbir şey değişmedi.</translation>
    </message>
    <message>
        <source>The computer could not read or write a file. Check that the disk is connected and has free space.</source>
        <translation>Bilgisayar bir dosyayı okuyamadı ya da yazamadı. Diskin bağlı olduğunu ve boş yeri olduğunu kontrol edin.</translation>
    </message>
    <message>
        <source>That did not work, and nothing was changed. Please try again.</source>
        <translation>Olmadı ve hiçbir şey değişmedi. Lütfen tekrar deneyin.</translation>
    </message>
    <message>
        <source>This computer&apos;s only password store keeps secrets unencrypted, so the passphrase would not be safe there. You will type it each time.</source>
        <translation>Bu bilgisayardaki tek parola deposu sırları şifrelemeden saklıyor, parola orada güvende olmaz. Parolayı her seferinde yazacaksınız.</translation>
    </message>
    <message>
        <source>This computer&apos;s password store did not work, so the passphrase cannot be remembered. You will type it each time.</source>
        <translation>Bu bilgisayarın parola deposu çalışmadı, bu yüzden parola hatırlanamıyor. Parolayı her seferinde yazacaksınız.</translation>
    </message>
    <message>
        <source>This computer has no password store Intake Desk can use, so the passphrase cannot be remembered. You will type it each time.</source>
        <translation>Bu bilgisayarda Intake Desk&apos;in kullanabileceği bir parola deposu yok, bu yüzden parola hatırlanamıyor. Parolayı her seferinde yazacaksınız.</translation>
    </message>
    <message>
        <source>Something unexpected went wrong. Nothing was changed. Please try again.</source>
        <translation>Beklenmedik bir sorun oldu. Hiçbir şey değişmedi. Lütfen tekrar deneyin.</translation>
    </message>
</context>
</TS>
