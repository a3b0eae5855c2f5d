<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="tr_TR">
<context>
    <name>AddPartnerDialog</name>
    <message>
        <source>This file is too large to be a contact card.</source>
        <extracomment>A contact card is a few kilobytes; anything much larger is not one (never read it all).</extracomment>
        <translation>Bu dosya bir iletişim kartı olamayacak kadar büyük.</translation>
    </message>
    <message>
        <source>(card file: %1)</source>
        <translation>(kart dosyası: %1)</translation>
    </message>
    <message>
        <source>Open a contact card</source>
        <translation>İletişim kartını aç</translation>
    </message>
    <message>
        <source>Paste the organisation&apos;s card first, or open its file.</source>
        <translation>Önce kuruluşun kartını yapıştırın ya da kart dosyasını açın.</translation>
    </message>
    <message>
        <source>Warning: the keys of “%1” are different</source>
        <translation>Dikkat: “%1” kuruluşunun anahtarları farklı</translation>
    </message>
    <message>
        <source>Add a partner organisation</source>
        <translation>Ortak kuruluş ekle</translation>
    </message>
    <message>
        <source>Paste the contact card the organisation gave you (the text from -----BEGIN to END-----), or open the card file.</source>
        <translation>Kuruluşun size verdiği iletişim kartını yapıştırın (-----BEGIN ile END----- arasındaki metin) ya da kart dosyasını açın.</translation>
    </message>
    <message>
        <source>Contact card text</source>
        <translation>İletişim kartı metni</translation>
    </message>
    <message>
        <source>&amp;Open card file...</source>
        <translation>Kart dosyasını &amp;aç…</translation>
    </message>
    <message>
        <source>&amp;Add partner</source>
        <translation>Ortağı &amp;ekle</translation>
    </message>
    <message>
        <source>This card uses the name of a partner you already have, but its keys are different. It was NOT added. Someone may be trying to read what you send. Call the organisation on a number you already know before you do anything else.</source>
        <translation>Bu kart, zaten kayıtlı bir ortağınızın adını taşıyor ama anahtarları farklı. Kart EKLENMEDİ. Birisi gönderdiklerinizi okumaya çalışıyor olabilir. Başka bir şey yapmadan önce kuruluşu daha önceden bildiğiniz bir numaradan arayın.</translation>
    </message>
    <message>
        <source>Digits of the partner you already have:</source>
        <translation>Zaten kayıtlı ortağınızın rakamları:</translation>
    </message>
    <message>
        <source>Digits on this new card:</source>
        <translation>Bu yeni kartın rakamları:</translation>
    </message>
    <message>
        <source>The organisation told me themselves that they changed their keys</source>
        <translation>Kuruluş anahtarlarını değiştirdiğini bana kendisi söyledi</translation>
    </message>
    <message>
        <source>&amp;Replace keys</source>
        <translation>Anahtarları &amp;değiştir</translation>
    </message>
    <message>
        <source>Digits of the partner you already have</source>
        <translation>Zaten kayıtlı ortağınızın rakamları</translation>
    </message>
    <message>
        <source>Digits on this new card</source>
        <translation>Bu yeni kartın rakamları</translation>
    </message>
</context>
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
    <name>DestinationPage</name>
    <message>
        <source>Save the report file</source>
        <translation>Bildirim dosyasını kaydet</translation>
    </message>
    <message>
        <source>This folder does not exist. Choose another place.</source>
        <translation>Bu klasör yok. Başka bir yer seçin.</translation>
    </message>
    <message>
        <source>A file with this name is already there. Choose a new name.</source>
        <translation>Orada bu adda bir dosya zaten var. Yeni bir ad seçin.</translation>
    </message>
    <message>
        <source>Where should the file go?</source>
        <translation>Dosya nereye kaydedilsin?</translation>
    </message>
    <message>
        <source>Choose a USB stick or a folder you can send from. The file name says nothing about the report, and only the chosen organisations can open it.</source>
        <translation>Bir USB bellek ya da dosyayı gönderebileceğiniz bir klasör seçin. Dosyanın adı bildirim hakkında hiçbir şey söylemez ve onu yalnızca seçtiğiniz kuruluşlar açabilir.</translation>
    </message>
    <message>
        <source>File to write</source>
        <translation>Yazılacak dosya</translation>
    </message>
    <message>
        <source>C&amp;hoose...</source>
        <translation>&amp;Seç…</translation>
    </message>
    <message>
        <source>&amp;Write the file</source>
        <translation>Dosyayı &amp;yaz</translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <source>Done: the report is ready to hand over</source>
        <translation>Tamam: bildirim teslim edilmeye hazır</translation>
    </message>
    <message>
        <source>The file was saved here:</source>
        <translation>Dosya buraya kaydedildi:</translation>
    </message>
    <message>
        <source>Give this file to the organisation: copy it to a USB stick or send it with a messenger. Nobody else can read it. Your report is now kept as it was sent; if you change it later, a new version is started.</source>
        <translation>Bu dosyayı kuruluşa verin: bir USB belleğe kopyalayın ya da bir mesajlaşma uygulamasıyla gönderin. Başka hiç kimse onu okuyamaz. Bildiriminiz artık gönderildiği haliyle saklanıyor; daha sonra değiştirirseniz yeni bir sürüm başlatılır.</translation>
    </message>
</context>
<context>
    <name>EvidenceDialog</name>
    <message>
        <source>Remove this file?</source>
        <extracomment>Decoded pictures are bounded too (a small file can claim a gigantic canvas).</extracomment>
        <translation>Bu dosya kaldırılsın mı?</translation>
    </message>
    <message>
        <source>Remove “%1” from this report? It will be destroyed in the vault.</source>
        <translation>“%1” bu bildirimden kaldırılsın mı? Dosya kasada yok edilecek.</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Kaldır</translation>
    </message>
    <message>
        <source>Add evidence</source>
        <translation>Kanıt ekle</translation>
    </message>
    <message>
        <source>Choose a file to see it here.</source>
        <translation>Burada görmek için bir dosya seçin.</translation>
    </message>
    <message>
        <source>This file is too large to show here (more than %1).</source>
        <translation>Bu dosya burada gösterilemeyecek kadar büyük (%1 üzerinde).</translation>
    </message>
    <message>
        <source>This kind of file cannot be shown here.</source>
        <translation>Bu tür dosyalar burada gösterilemez.</translation>
    </message>
    <message>
        <source>This picture cannot be shown.</source>
        <translation>Bu resim gösterilemiyor.</translation>
    </message>
    <message>
        <source>Preview of %1</source>
        <translation>Önizleme: %1</translation>
    </message>
    <message>
        <source>This document cannot be shown.</source>
        <translation>Bu belge gösterilemiyor.</translation>
    </message>
    <message>
        <source>This report was sent. It is kept exactly as it was sent, so files cannot be added or removed.</source>
        <translation>Bu bildirim gönderildi. Gönderildiği haliyle saklanır; bu yüzden dosya eklenemez ya da kaldırılamaz.</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Kanıtlar</translation>
    </message>
    <message>
        <source>Add photos, scans and documents, or drag them here. Hidden details that could identify you (location, camera, author names) are removed before they are stored. Your original files are not changed.</source>
        <translation>Fotoğraf, tarama ve belge ekleyin ya da buraya sürükleyin. Sizi tanıtabilecek gizli bilgiler (konum, kamera, yazar adları) saklanmadan önce silinir. Asıl dosyalarınız değişmez.</translation>
    </message>
    <message>
        <source>Attached files</source>
        <translation>Eklenen dosyalar</translation>
    </message>
    <message>
        <source>&amp;Add files...</source>
        <translation>Dosya &amp;ekle…</translation>
    </message>
    <message>
        <source>&amp;Remove...</source>
        <translation>&amp;Kaldır…</translation>
    </message>
    <message>
        <source>Adding files</source>
        <translation>Dosyalar ekleniyor</translation>
    </message>
    <message>
        <source>Document preview</source>
        <translation>Belge önizlemesi</translation>
    </message>
    <message>
        <source>Picture preview</source>
        <translation>Resim önizlemesi</translation>
    </message>
</context>
<context>
    <name>ExchangeScreens</name>
    <message>
        <source>&amp;Report</source>
        <translation>&amp;Bildirim</translation>
    </message>
    <message>
        <source>&amp;Partners</source>
        <translation>&amp;Ortaklar</translation>
    </message>
    <message>
        <source>Partner &amp;organisations...</source>
        <translation>Ortak &amp;kuruluşlar…</translation>
    </message>
    <message>
        <source>My contact &amp;card...</source>
        <translation>İletişim &amp;kartım…</translation>
    </message>
    <message>
        <source>&amp;Evidence...</source>
        <translation>&amp;Kanıtlar…</translation>
    </message>
    <message>
        <source>&amp;Send to an organisation...</source>
        <translation>Bir kuruluşa &amp;gönder…</translation>
    </message>
    <message>
        <source>&amp;Send...</source>
        <translation>&amp;Gönder…</translation>
    </message>
    <message>
        <source>Send this report to an organisation (Ctrl+Shift+E)</source>
        <translation>Bu bildirimi bir kuruluşa gönder (Ctrl+Shift+E)</translation>
    </message>
</context>
<context>
    <name>ExportWizard</name>
    <message>
        <source>Send a report</source>
        <translation>Bildirim gönder</translation>
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
    <name>IdentityDialog</name>
    <message>
        <source>The card was copied. It will be removed from the clipboard soon.</source>
        <extracomment>File name suggested for the card: says what it is, nothing about who.</extracomment>
        <translation>Kart kopyalandı. Kısa süre sonra panodan silinecek.</translation>
    </message>
    <message>
        <source>The name on your card was changed. The digits stay the same.</source>
        <translation>Kartınızdaki ad değiştirildi. Rakamlar aynı kalır.</translation>
    </message>
    <message>
        <source>Save your contact card</source>
        <translation>İletişim kartınızı kaydedin</translation>
    </message>
    <message>
        <source>Your card was saved as %1.</source>
        <translation>Kartınız %1 olarak kaydedildi.</translation>
    </message>
    <message>
        <source>My contact card</source>
        <translation>İletişim kartım</translation>
    </message>
    <message>
        <source>Give this card to an organisation so it can check that reports really come from you. The card holds no secret. Its name does not have to be your real name.</source>
        <translation>Bildirimlerin gerçekten sizden geldiğini doğrulayabilmesi için bu kartı kuruluşa verin. Kartta hiçbir gizli bilgi yoktur. Üzerindeki adın gerçek adınız olması gerekmez.</translation>
    </message>
    <message>
        <source>&amp;Name on the card:</source>
        <translation>Karttaki &amp;ad:</translation>
    </message>
    <message>
        <source>Name on the card</source>
        <translation>Karttaki ad</translation>
    </message>
    <message>
        <source>Change &amp;name</source>
        <translation>&amp;Adı değiştir</translation>
    </message>
    <message>
        <source>Your digits (the organisation may ask you to read them out):</source>
        <translation>Rakamlarınız (kuruluş bunları size okutmak isteyebilir):</translation>
    </message>
    <message>
        <source>Your fingerprint</source>
        <translation>Anahtar parmak iziniz</translation>
    </message>
    <message>
        <source>Your contact card as a QR code</source>
        <translation>QR kodu olarak iletişim kartınız</translation>
    </message>
    <message>
        <source>&amp;Save card to a file...</source>
        <translation>Kartı dosyaya &amp;kaydet…</translation>
    </message>
    <message>
        <source>&amp;Copy card text</source>
        <translation>Kart metnini &amp;kopyala</translation>
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
    <name>NeutralTitle</name>
    <message>
        <source>Notes</source>
        <translation>Notlar</translation>
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
    <name>PartnerListModel</name>
    <message>
        <source>verified</source>
        <extracomment>The role under which each row&apos;s ``PartnerView`` is available.</extracomment>
        <translation>doğrulandı</translation>
    </message>
    <message>
        <source>not verified - compare the digits first</source>
        <translation>doğrulanmadı - önce rakamları karşılaştırın</translation>
    </message>
    <message>
        <source>looks like the verified partner “%1” but is not it</source>
        <translation>doğrulanmış ortak “%1” gibi görünüyor ama o değil</translation>
    </message>
</context>
<context>
    <name>PartnersDialog</name>
    <message>
        <source>Fingerprint of %1</source>
        <translation>Anahtar parmak izi: %1</translation>
    </message>
    <message>
        <source>Added on %1</source>
        <translation>Eklenme tarihi: %1</translation>
    </message>
    <message>
        <source>Type the 30 digits you were told.</source>
        <translation>Size söylenen 30 rakamı yazın.</translation>
    </message>
    <message>
        <source>Replace the keys of a partner</source>
        <translation>Bir ortağın anahtarlarını değiştir</translation>
    </message>
    <message>
        <source>Partner organisations</source>
        <translation>Ortak kuruluşlar</translation>
    </message>
    <message>
        <source>&amp;Add a partner...</source>
        <translation>Ortak &amp;ekle…</translation>
    </message>
    <message>
        <source>No partner organisations yet.

Ask the organisation for its contact card, then choose “Add a partner”.</source>
        <translation>Henüz ortak kuruluş yok.

Kuruluştan iletişim kartını isteyin, ardından “Ortak ekle” düğmesine basın.</translation>
    </message>
    <message>
        <source>Call the organisation or check its website and compare these 30 digits. Then type the digits they give you here. Do not send anything until they match.</source>
        <translation>Kuruluşu arayın ya da web sitesine bakın ve bu 30 rakamı karşılaştırın. Sonra size verilen rakamları buraya yazın. Rakamlar eşleşene kadar hiçbir şey göndermeyin.</translation>
    </message>
    <message>
        <source>&amp;Digits they gave you:</source>
        <translation>Size verilen &amp;rakamlar:</translation>
    </message>
    <message>
        <source>The 30 digits the organisation gave you</source>
        <translation>Kuruluşun size verdiği 30 rakam</translation>
    </message>
    <message>
        <source>12345 67890 ... (spaces do not matter)</source>
        <translation>12345 67890 … (boşluklar önemli değil)</translation>
    </message>
    <message>
        <source>They &amp;match</source>
        <translation>Rakamlar &amp;eşleşiyor</translation>
    </message>
    <message>
        <source>Replace &amp;keys...</source>
        <translation>Anahtarları &amp;değiştir…</translation>
    </message>
</context>
<context>
    <name>PartnersPage</name>
    <message>
        <source>Who should receive this report?</source>
        <translation>Bu bildirimi kim almalı?</translation>
    </message>
    <message>
        <source>Only the organisations you tick can open the file. An organisation can be chosen once you have compared its digits with it.</source>
        <translation>Dosyayı yalnızca işaretlediğiniz kuruluşlar açabilir. Bir kuruluşu, rakamlarını onunla karşılaştırdıktan sonra seçebilirsiniz.</translation>
    </message>
    <message>
        <source>Partner organisations</source>
        <translation>Ortak kuruluşlar</translation>
    </message>
    <message>
        <source>You have no verified partner yet. Open the partners screen, add the organisation&apos;s card and compare the digits with them.</source>
        <translation>Henüz doğrulanmış bir ortağınız yok. Ortaklar ekranını açın, kuruluşun kartını ekleyin ve rakamları onlarla karşılaştırın.</translation>
    </message>
    <message>
        <source>Open &amp;partners...</source>
        <translation>&amp;Ortakları aç…</translation>
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
    <name>ReviewPage</name>
    <message>
        <source>Some questions are not answered yet or need checking (%1). You can send the report as it is, or cancel and complete it first.</source>
        <translation>Bazı sorular henüz yanıtlanmadı ya da kontrol edilmesi gerekiyor (%1). Bildirimi olduğu gibi gönderebilir ya da iptal edip önce tamamlayabilirsiniz.</translation>
    </message>
    <message>
        <source>Your answers</source>
        <translation>Yanıtlarınız</translation>
    </message>
    <message>
        <source>No answers yet.</source>
        <translation>Henüz yanıt yok.</translation>
    </message>
    <message>
        <source>Attached files</source>
        <translation>Eklenen dosyalar</translation>
    </message>
    <message>
        <source>No files.</source>
        <translation>Dosya yok.</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Alıcılar</translation>
    </message>
    <message>
        <source>Check what will be sent</source>
        <translation>Gönderilecekleri kontrol edin</translation>
    </message>
    <message>
        <source>This is everything the file will contain. Go back to change the choice.</source>
        <translation>Dosyanın içereceği her şey bu. Seçimi değiştirmek için geri dönün.</translation>
    </message>
    <message>
        <source>What will be sent</source>
        <translation>Gönderilecekler</translation>
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
        <source>Show a neutral window &amp;title and icon (“Notes”)</source>
        <translation>Nötr bir pencere &amp;başlığı ve simgesi göster (“Notlar”)</translation>
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
    <name>WritePage</name>
    <message>
        <source>Writing the file</source>
        <translation>Dosya yazılıyor</translation>
    </message>
    <message>
        <source>Encrypting and signing. You can cancel at any time.</source>
        <translation>Şifreleniyor ve imzalanıyor. İstediğiniz zaman iptal edebilirsiniz.</translation>
    </message>
    <message>
        <source>Progress of writing the file</source>
        <translation>Dosya yazma durumu</translation>
    </message>
</context>
<context>
    <name>evidence</name>
    <message>
        <source>Removed before storing: %1.</source>
        <translation>Saklanmadan önce silindi: %1.</translation>
    </message>
    <message>
        <source>Kept because it is part of the content: %1.</source>
        <translation>İçeriğin parçası olduğu için korundu: %1.</translation>
    </message>
    <message>
        <source>No hidden identifying details were found in this file.</source>
        <translation>Bu dosyada sizi tanıtabilecek gizli bilgi bulunmadı.</translation>
    </message>
    <message>
        <source>Hidden details removed when it was added: %1.</source>
        <translation>Eklenirken silinen gizli bilgi sayısı: %1.</translation>
    </message>
    <message>
        <source>Nothing was removed from this file when it was added.</source>
        <translation>Bu dosya eklenirken içinden hiçbir şey silinmedi.</translation>
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
        <source>This folder is inside another vault. Choose a folder outside it.</source>
        <translation>Bu klasör başka bir kasanın içinde. Onun dışında bir klasör seçin.</translation>
    </message>
    <message>
        <source>This folder is not empty. Choose an empty folder or a new one.</source>
        <translation>Bu klasör boş değil. Boş bir klasör seçin ya da yeni bir klasör açın.</translation>
    </message>
    <message>
        <source>Intake Desk is not allowed to read or write here. Choose another place, for example a folder in your home folder.</source>
        <translation>Intake Desk&apos;in burada okuma ya da yazma izni yok. Başka bir yer seçin, örneğin ana klasörünüzdeki bir klasör.</translation>
    </message>
    <message>
        <source>This name looks like the names of several partners, so nothing was changed. Check the partner list: one of them may be an impostor.</source>
        <translation>Bu ad birden fazla ortağın adına benziyor, bu yüzden hiçbir şey değişmedi. Ortak listesine bakın: içlerinden biri sahte olabilir.</translation>
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
        <source>This card claims to be a partner you already have, but its keys are different. It was not added. Do not send anything to it until you have called the organisation.</source>
        <translation>Bu kart zaten kayıtlı bir ortağınız olduğunu söylüyor ama anahtarları farklı. Eklenmedi. Kuruluşu aramadan ona hiçbir şey göndermeyin.</translation>
    </message>
    <message>
        <source>This is your own card. Add the organisation&apos;s card instead.</source>
        <translation>Bu sizin kendi kartınız. Onun yerine kuruluşun kartını ekleyin.</translation>
    </message>
    <message>
        <source>These digits do not match. The partner stays unverified. Do not send anything until you have found out why.</source>
        <translation>Bu rakamlar eşleşmiyor. Ortak doğrulanmamış olarak kalır. Nedenini öğrenene kadar hiçbir şey göndermeyin.</translation>
    </message>
    <message>
        <source>This card has the same keys as before. Nothing was replaced.</source>
        <translation>Bu kartta öncekiyle aynı anahtarlar var. Hiçbir şey değiştirilmedi.</translation>
    </message>
    <message>
        <source>A chosen organisation is not verified yet. Compare its digits first. Nothing was sent.</source>
        <translation>Seçilen kuruluşlardan biri henüz doğrulanmadı. Önce rakamlarını karşılaştırın. Hiçbir şey gönderilmedi.</translation>
    </message>
    <message>
        <source>The form of this report is missing from the vault, so it cannot be sent.</source>
        <translation>Bu bildirimin formu kasada yok, bu yüzden gönderilemiyor.</translation>
    </message>
    <message>
        <source>Cancelled. No file was written and the report was not changed.</source>
        <translation>İptal edildi. Hiçbir dosya yazılmadı ve bildirim değişmedi.</translation>
    </message>
    <message>
        <source>That folder is inside your vault. Save the file in another folder, for example on the USB stick you will hand over.</source>
        <translation>Bu klasör kasanızın içinde. Dosyayı başka bir klasöre kaydedin, örneğin teslim edeceğiniz USB belleğe.</translation>
    </message>
    <message>
        <source>This name cannot be used. Use 1 to 64 letters or digits, without / \ or :.</source>
        <translation>Bu ad kullanılamaz. / \ ya da : olmadan 1 ile 64 arasında harf veya rakam kullanın.</translation>
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
        <source>This file is too large to show here. It is still attached and will be sent.</source>
        <translation>Bu dosya burada gösterilemeyecek kadar büyük. Yine de ekli ve gönderilecek.</translation>
    </message>
    <message>
        <source>Cancelled. Nothing was changed.</source>
        <translation>İptal edildi. Hiçbir şey değişmedi.</translation>
    </message>
    <message>
        <source>Type all 30 digits, exactly as the organisation gave them. Spaces do not matter.</source>
        <translation>30 rakamın hepsini kuruluşun verdiği gibi yazın. Boşluklar önemli değil.</translation>
    </message>
    <message>
        <source>This is not a valid contact card, or it was changed. Ask the organisation for its card again.</source>
        <translation>Bu geçerli bir iletişim kartı değil ya da değiştirilmiş. Kuruluştan kartını yeniden isteyin.</translation>
    </message>
    <message>
        <source>The file could not be written. Nothing was sent; check the disk and try again.</source>
        <translation>Dosya yazılamadı. Hiçbir şey gönderilmedi; diski kontrol edip yeniden deneyin.</translation>
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
