<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="tr_TR">
<context>
    <name>AttachmentField</name>
    <message>
        <source>Files</source>
        <translation>Dosyalar</translation>
    </message>
    <message>
        <source>Add a file...</source>
        <translation>Dosya ekle…</translation>
    </message>
    <message>
        <source>(file)</source>
        <translation>(dosya)</translation>
    </message>
</context>
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
    <name>ChoiceFields</name>
    <message>
        <source>Clear answer</source>
        <translation>Yanıtı temizle</translation>
    </message>
    <message>
        <source>(not answered)</source>
        <translation>(yanıtlanmadı)</translation>
    </message>
    <message>
        <source>Type to search for a country</source>
        <translation>Ülke aramak için yazmaya başlayın</translation>
    </message>
</context>
<context>
    <name>DateFields</name>
    <message>
        <source>No date</source>
        <translation>Tarih yok</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Yıl</translation>
    </message>
    <message>
        <source>Year not given</source>
        <translation>Yıl belirtilmedi</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Ay</translation>
    </message>
    <message>
        <source>I don&apos;t remember the month</source>
        <translation>Ayı hatırlamıyorum</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Gün</translation>
    </message>
    <message>
        <source>I don&apos;t remember the day</source>
        <translation>Günü hatırlamıyorum</translation>
    </message>
    <message>
        <source>from</source>
        <translation>başlangıç</translation>
    </message>
    <message>
        <source>until</source>
        <translation>bitiş</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Başlangıç</translation>
    </message>
    <message>
        <source>Until (leave empty if it still goes on)</source>
        <translation>Bitiş (hâlâ sürüyorsa boş bırakın)</translation>
    </message>
</context>
<context>
    <name>FieldWidget</name>
    <message>
        <source>Needs an answer.</source>
        <translation>Yanıtlanması gerekiyor.</translation>
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
        <source>Create your vault</source>
        <translation>Kasanızı oluşturun</translation>
    </message>
    <message>
        <source>&amp;Create vault</source>
        <translation>Kasayı &amp;oluştur</translation>
    </message>
</context>
<context>
    <name>FormView</name>
    <message>
        <source>Some answers on this page need attention. You can fix them now, or press Next again and come back to them later.</source>
        <translation>Bu sayfadaki bazı yanıtların kontrol edilmesi gerekiyor. Şimdi düzeltebilir ya da “İleri”ye yeniden basıp onlara daha sonra dönebilirsiniz.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Sayfa %1 / %2</translation>
    </message>
    <message>
        <source>Pages of the form</source>
        <translation>Formun sayfaları</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Geri</translation>
    </message>
    <message>
        <source>Previous page (Ctrl+PgUp)</source>
        <translation>Önceki sayfa (Ctrl+PgUp)</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>İleri</translation>
    </message>
    <message>
        <source>Next page (Ctrl+PgDown)</source>
        <translation>Sonraki sayfa (Ctrl+PgDown)</translation>
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
        <source>New report</source>
        <translation>Yeni bildirim</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Open the selected report; press the button that has the focus</source>
        <translation>Seçili bildirimi açar; odaktaki düğmeye basar</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Delete the selected report (it asks first)</source>
        <translation>Seçili bildirimi siler (önce sorar)</translation>
    </message>
    <message>
        <source>Next or previous question or button</source>
        <translation>Sonraki ya da önceki soru veya düğme</translation>
    </message>
    <message>
        <source>Next page of the form</source>
        <translation>Formun sonraki sayfası</translation>
    </message>
    <message>
        <source>Previous page of the form</source>
        <translation>Formun önceki sayfası</translation>
    </message>
    <message>
        <source>Lock the vault</source>
        <translation>Kasayı kilitler</translation>
    </message>
    <message>
        <source>Hide everything and lock at once</source>
        <translation>Her şeyi gizler ve hemen kilitler</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Ayarlar</translation>
    </message>
    <message>
        <source>Quit (locks first)</source>
        <translation>Çıkış (önce kilitler)</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Klavye kısayolları</translation>
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
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Klavye kısayolları</translation>
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
    <name>NewReportDialog</name>
    <message>
        <source>New report</source>
        <translation>Yeni bildirim</translation>
    </message>
    <message>
        <source>Which &amp;form do you want to fill in?</source>
        <translation>Hangi &amp;formu doldurmak istiyorsunuz?</translation>
    </message>
    <message>
        <source>Forms</source>
        <translation>Formlar</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Başla</translation>
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
    <name>RepeatWidget</name>
    <message>
        <source>Add an entry</source>
        <translation>Kayıt ekle</translation>
    </message>
    <message>
        <source>Entry %1</source>
        <translation>Kayıt %1</translation>
    </message>
    <message>
        <source>Remove this entry</source>
        <translation>Bu kaydı kaldır</translation>
    </message>
    <message>
        <source>Remove entry %1</source>
        <translation>%1. kaydı kaldır</translation>
    </message>
</context>
<context>
    <name>ReportEditor</name>
    <message>
        <source>Choose a file to attach</source>
        <translation>Eklenecek dosyayı seçin</translation>
    </message>
    <message>
        <source>Attaching and cleaning the file...</source>
        <translation>Dosya ekleniyor ve temizleniyor…</translation>
    </message>
    <message>
        <source>Saving...</source>
        <translation>Kaydediliyor…</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Kaydedildi</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Kaydedilmedi: %1</translation>
    </message>
    <message>
        <source>All reports</source>
        <translation>Tüm bildirimler</translation>
    </message>
    <message>
        <source>Back to the list of reports (your changes are saved)</source>
        <translation>Bildirim listesine dön (değişiklikleriniz kaydedilir)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Ad:</translation>
    </message>
    <message>
        <source>A name only you will see</source>
        <translation>Yalnızca sizin göreceğiniz bir ad</translation>
    </message>
    <message>
        <source>Name of the report (only you see it)</source>
        <translation>Bildirimin adı (yalnızca siz görürsünüz)</translation>
    </message>
    <message>
        <source>Make a new version to edit</source>
        <translation>Düzenlemek için yeni sürüm oluştur</translation>
    </message>
    <message>
        <source>This report was received on %1 and is kept exactly as it arrived.</source>
        <translation>Bu bildirim %1 tarihinde alındı ve geldiği gibi saklanıyor.</translation>
    </message>
    <message>
        <source>This report was sent on %1. Editing creates a new version.</source>
        <translation>Bu bildirim %1 tarihinde gönderildi. Düzenlemek için yeni bir sürüm oluşturulur.</translation>
    </message>
    <message>
        <source>Sent (read-only)</source>
        <translation>Gönderildi (salt okunur)</translation>
    </message>
    <message>
        <source>Received (read-only)</source>
        <translation>Alındı (salt okunur)</translation>
    </message>
</context>
<context>
    <name>ReportListModel</name>
    <message>
        <source>Draft</source>
        <translation>Taslak</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Gönderildi</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Alındı</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>İnceleniyor</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Yanıtlandı</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Kapatıldı</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(adsız)</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Bildirim</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Form</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Son değişiklik</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Durum</translation>
    </message>
</context>
<context>
    <name>ReportsPanel</name>
    <message>
        <source>Report</source>
        <translation>Bildirim</translation>
    </message>
    <message>
        <source>%1 (new version)</source>
        <translation>%1 (yeni sürüm)</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (kopya)</translation>
    </message>
    <message>
        <source>Delete report</source>
        <translation>Bildirimi sil</translation>
    </message>
    <message>
        <source>Delete “%1” for good?</source>
        <translation>“%1” kalıcı olarak silinsin mi?</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(adsız)</translation>
    </message>
    <message>
        <source>The report and the files attached to it will be removed from this computer. This cannot be undone.</source>
        <translation>Bildirim ve ona eklenen dosyalar bu bilgisayardan silinecek. Bu işlem geri alınamaz.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Sil</translation>
    </message>
    <message>
        <source>&amp;New report</source>
        <translation>&amp;Yeni bildirim</translation>
    </message>
    <message>
        <source>Start a new report (Ctrl+N)</source>
        <translation>Yeni bir bildirim başlat (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Aç</translation>
    </message>
    <message>
        <source>Make a &amp;copy</source>
        <translation>&amp;Kopya oluştur</translation>
    </message>
    <message>
        <source>Copy the report into a new draft (for a sent report: its new version)</source>
        <translation>Bildirimi yeni bir taslağa kopyala (gönderilmiş bir bildirimde: yeni sürümü)</translation>
    </message>
    <message>
        <source>&amp;Delete...</source>
        <translation>&amp;Sil…</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Bildirimler</translation>
    </message>
    <message>
        <source>No reports yet</source>
        <translation>Henüz bildirim yok</translation>
    </message>
    <message>
        <source>Press “New report” (Ctrl+N) to write down what happened.</source>
        <translation>Yaşadıklarınızı yazmak için “Yeni bildirim”e (Ctrl+N) basın.</translation>
    </message>
    <message>
        <source>Ctrl+L locks the vault. Ctrl+Shift+Q hides everything and locks at once.</source>
        <translation>Ctrl+L kasayı kilitler. Ctrl+Shift+Q her şeyi hemen gizler ve kilitler.</translation>
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
        <source>Unlock your vault</source>
        <extracomment>Opens the vault with a passphrase; runs on the database thread.</extracomment>
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
        <source>Replies or receipts refer to this report. Delete them first.</source>
        <translation>Bu bildirime bağlı yanıtlar ya da alındı bildirimleri var. Önce onları silin.</translation>
    </message>
    <message>
        <source>This report was sent and cannot be changed. Make a new version to edit it.</source>
        <translation>Bu bildirim gönderildi ve artık değiştirilemez. Düzenlemek için yeni bir sürüm oluşturun.</translation>
    </message>
    <message>
        <source>The file could not be read to the end. Check that it is still there and try again. Nothing was attached.</source>
        <translation>Dosya sonuna kadar okunamadı. Dosyanın hâlâ yerinde olduğunu kontrol edip yeniden deneyin. Hiçbir şey eklenmedi.</translation>
    </message>
    <message>
        <source>The file changed while it was being attached. Nothing was attached; try again.</source>
        <translation>Dosya eklenirken değişti. Hiçbir şey eklenmedi; yeniden deneyin.</translation>
    </message>
    <message>
        <source>The form this report was written with is missing from this vault, so the report cannot be shown.</source>
        <translation>Bu bildirimin yazıldığı form bu kasada yok, bu yüzden bildirim gösterilemiyor.</translation>
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
<context>
    <name>metadata</name>
    <message>
        <source>where it was made</source>
        <translation>çekildiği ya da oluşturulduğu yer</translation>
    </message>
    <message>
        <source>the camera or device</source>
        <translation>fotoğraf makinesi ya da cihaz</translation>
    </message>
    <message>
        <source>names of people</source>
        <translation>kişi adları</translation>
    </message>
    <message>
        <source>when it was made</source>
        <translation>oluşturulma zamanı</translation>
    </message>
    <message>
        <source>the program used</source>
        <translation>kullanılan program</translation>
    </message>
    <message>
        <source>its editing history</source>
        <translation>düzenleme geçmişi</translation>
    </message>
    <message>
        <source>titles, comments and keywords</source>
        <translation>başlıklar, yorumlar ve anahtar sözcükler</translation>
    </message>
    <message>
        <source>hidden previews and extra data</source>
        <translation>gizli önizlemeler ve ek veriler</translation>
    </message>
    <message>
        <source>other hidden details</source>
        <translation>diğer gizli bilgiler</translation>
    </message>
    <message>
        <source>Intake Desk cannot clean this kind of file, so it was attached as it is. It may still contain details about you or your device.</source>
        <translation>Intake Desk bu tür dosyaları temizleyemiyor, bu yüzden dosya olduğu gibi eklendi. İçinde sizinle ya da cihazınızla ilgili bilgiler kalmış olabilir.</translation>
    </message>
    <message>
        <source>This file is too large to clean, so it was attached as it is. It may still contain details about you or your device.</source>
        <translation>Bu dosya temizlenemeyecek kadar büyük, bu yüzden olduğu gibi eklendi. İçinde sizinle ya da cihazınızla ilgili bilgiler kalmış olabilir.</translation>
    </message>
    <message>
        <source>This file seems damaged, so it could not be cleaned and was attached as it is.</source>
        <translation>Bu dosya bozuk görünüyor; temizlenemedi ve olduğu gibi eklendi.</translation>
    </message>
    <message>
        <source>The file was attached as it is, with its hidden details, as you asked.</source>
        <translation>Dosya, istediğiniz gibi gizli bilgileriyle birlikte olduğu gibi eklendi.</translation>
    </message>
    <message>
        <source>“%1” was attached.</source>
        <translation>“%1” eklendi.</translation>
    </message>
    <message>
        <source>It held no hidden details about you or your device.</source>
        <translation>Dosyada sizinle ya da cihazınızla ilgili gizli bilgi yoktu.</translation>
    </message>
    <message>
        <source>Removed before storing: %1.</source>
        <translation>Kaydetmeden önce kaldırılan gizli bilgiler: %1.</translation>
    </message>
</context>
</TS>
