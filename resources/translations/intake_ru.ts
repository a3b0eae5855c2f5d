<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>AddPartnerDialog</name>
    <message>
        <source>This file is too large to be a contact card.</source>
        <extracomment>A contact card is a few kilobytes; anything much larger is not one (never read it all).</extracomment>
        <translation>Этот файл слишком большой для контактной карточки.</translation>
    </message>
    <message>
        <source>(card file: %1)</source>
        <translation>(файл карточки: %1)</translation>
    </message>
    <message>
        <source>Open a contact card</source>
        <translation>Открыть контактную карточку</translation>
    </message>
    <message>
        <source>Paste the organisation&apos;s card first, or open its file.</source>
        <translation>Сначала вставьте карточку организации или откройте её файл.</translation>
    </message>
    <message>
        <source>Warning: the keys of “%1” are different</source>
        <translation>Внимание: ключи «%1» не совпадают с прежними</translation>
    </message>
    <message>
        <source>Add a partner organisation</source>
        <translation>Добавить организацию-партнёра</translation>
    </message>
    <message>
        <source>Paste the contact card the organisation gave you (the text from -----BEGIN to END-----), or open the card file.</source>
        <translation>Вставьте контактную карточку, которую вам дала организация (текст от -----BEGIN до END-----), или откройте файл карточки.</translation>
    </message>
    <message>
        <source>Contact card text</source>
        <translation>Текст контактной карточки</translation>
    </message>
    <message>
        <source>&amp;Open card file...</source>
        <translation>&amp;Открыть файл карточки…</translation>
    </message>
    <message>
        <source>&amp;Add partner</source>
        <translation>&amp;Добавить партнёра</translation>
    </message>
    <message>
        <source>This card uses the name of a partner you already have, but its keys are different. It was NOT added. Someone may be trying to read what you send. Call the organisation on a number you already know before you do anything else.</source>
        <translation>Эта карточка носит имя уже известного вам партнёра, но ключи в ней другие. Она НЕ добавлена. Возможно, кто-то пытается прочитать то, что вы отправляете. Прежде чем что-либо делать, позвоните в организацию по номеру, который вы знали раньше.</translation>
    </message>
    <message>
        <source>Digits of the partner you already have:</source>
        <translation>Цифры партнёра, который у вас уже есть:</translation>
    </message>
    <message>
        <source>Digits on this new card:</source>
        <translation>Цифры этой новой карточки:</translation>
    </message>
    <message>
        <source>The organisation told me themselves that they changed their keys</source>
        <translation>Организация сама сказала мне, что сменила ключи</translation>
    </message>
    <message>
        <source>&amp;Replace keys</source>
        <translation>&amp;Заменить ключи</translation>
    </message>
    <message>
        <source>Digits of the partner you already have</source>
        <translation>Цифры партнёра, который у вас уже есть</translation>
    </message>
    <message>
        <source>Digits on this new card</source>
        <translation>Цифры этой новой карточки</translation>
    </message>
</context>
<context>
    <name>AttachmentField</name>
    <message>
        <source>Files</source>
        <translation>Файлы</translation>
    </message>
    <message>
        <source>Add a file...</source>
        <translation>Добавить файл…</translation>
    </message>
    <message>
        <source>(file)</source>
        <translation>(файл)</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <source>Backup</source>
        <translation>Резервная копия</translation>
    </message>
    <message>
        <source>Writing an encrypted backup of the vault...</source>
        <translation>Записываем зашифрованную копию хранилища…</translation>
    </message>
    <message>
        <source>Backup progress</source>
        <translation>Ход записи копии</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <source>Change passphrase</source>
        <translation>Смена парольной фразы</translation>
    </message>
    <message>
        <source>Choose a new passphrase. The old one stops working at once.</source>
        <translation>Придумайте новую парольную фразу. Старая сразу перестанет действовать.</translation>
    </message>
    <message>
        <source>&amp;Change passphrase</source>
        <translation>&amp;Сменить парольную фразу</translation>
    </message>
</context>
<context>
    <name>ChoiceFields</name>
    <message>
        <source>Clear answer</source>
        <translation>Очистить ответ</translation>
    </message>
    <message>
        <source>(not answered)</source>
        <translation>(нет ответа)</translation>
    </message>
    <message>
        <source>Type to search for a country</source>
        <translation>Начните вводить название страны</translation>
    </message>
</context>
<context>
    <name>DateFields</name>
    <message>
        <source>No date</source>
        <translation>Дата не указана</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Год</translation>
    </message>
    <message>
        <source>Year not given</source>
        <translation>Год не указан</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Месяц</translation>
    </message>
    <message>
        <source>I don&apos;t remember the month</source>
        <translation>Не помню месяц</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>День</translation>
    </message>
    <message>
        <source>I don&apos;t remember the day</source>
        <translation>Не помню день</translation>
    </message>
    <message>
        <source>from</source>
        <translation>начало</translation>
    </message>
    <message>
        <source>until</source>
        <translation>окончание</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Начало</translation>
    </message>
    <message>
        <source>Until (leave empty if it still goes on)</source>
        <translation>Окончание (оставьте пустым, если это ещё продолжается)</translation>
    </message>
</context>
<context>
    <name>DestinationPage</name>
    <message>
        <source>Save the report file</source>
        <translation>Сохранить файл отчёта</translation>
    </message>
    <message>
        <source>This folder does not exist. Choose another place.</source>
        <translation>Такой папки нет. Выберите другое место.</translation>
    </message>
    <message>
        <source>A file with this name is already there. Choose a new name.</source>
        <translation>Файл с таким именем там уже есть. Выберите другое имя.</translation>
    </message>
    <message>
        <source>Where should the file go?</source>
        <translation>Куда сохранить файл?</translation>
    </message>
    <message>
        <source>Choose a USB stick or a folder you can send from. The file name says nothing about the report, and only the chosen organisations can open it.</source>
        <translation>Выберите флешку или папку, из которой вы сможете отправить файл. Имя файла ничего не говорит об отчёте, а открыть его смогут только выбранные организации.</translation>
    </message>
    <message>
        <source>File to write</source>
        <translation>Файл для записи</translation>
    </message>
    <message>
        <source>C&amp;hoose...</source>
        <translation>&amp;Выбрать…</translation>
    </message>
    <message>
        <source>&amp;Write the file</source>
        <translation>&amp;Записать файл</translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <source>Done: the report is ready to hand over</source>
        <translation>Готово: отчёт можно передавать</translation>
    </message>
    <message>
        <source>The file was saved here:</source>
        <translation>Файл сохранён здесь:</translation>
    </message>
    <message>
        <source>Give this file to the organisation: copy it to a USB stick or send it with a messenger. Nobody else can read it. Your report is now kept as it was sent; if you change it later, a new version is started.</source>
        <translation>Передайте этот файл организации: скопируйте его на флешку или отправьте через мессенджер. Никто другой не сможет его прочитать. Ваш отчёт теперь хранится в том виде, в каком был отправлен; если вы измените его позже, будет создана новая версия.</translation>
    </message>
</context>
<context>
    <name>EvidenceDialog</name>
    <message>
        <source>Remove this file?</source>
        <extracomment>Decoded pictures are bounded too (a small file can claim a gigantic canvas).</extracomment>
        <translation>Удалить этот файл?</translation>
    </message>
    <message>
        <source>Remove “%1” from this report? It will be destroyed in the vault.</source>
        <translation>Удалить «%1» из этого отчёта? Файл будет уничтожен в хранилище.</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>Add evidence</source>
        <translation>Добавить доказательства</translation>
    </message>
    <message>
        <source>Choose a file to see it here.</source>
        <translation>Выберите файл, чтобы увидеть его здесь.</translation>
    </message>
    <message>
        <source>This file is too large to show here (more than %1).</source>
        <translation>Этот файл слишком большой, чтобы показать его здесь (больше %1).</translation>
    </message>
    <message>
        <source>This kind of file cannot be shown here.</source>
        <translation>Файлы такого типа здесь не показываются.</translation>
    </message>
    <message>
        <source>This picture cannot be shown.</source>
        <translation>Это изображение не удаётся показать.</translation>
    </message>
    <message>
        <source>Preview of %1</source>
        <translation>Просмотр: %1</translation>
    </message>
    <message>
        <source>This document cannot be shown.</source>
        <translation>Этот документ не удаётся показать.</translation>
    </message>
    <message>
        <source>This report was sent. It is kept exactly as it was sent, so files cannot be added or removed.</source>
        <translation>Этот отчёт отправлен. Он хранится точно в том виде, в каком был отправлен, поэтому добавлять и удалять файлы нельзя.</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Доказательства</translation>
    </message>
    <message>
        <source>Add photos, scans and documents, or drag them here. Hidden details that could identify you (location, camera, author names) are removed before they are stored. Your original files are not changed.</source>
        <translation>Добавьте фотографии, сканы и документы или перетащите их сюда. Скрытые сведения, по которым вас можно узнать (место съёмки, камера, имена авторов), удаляются до сохранения. Ваши исходные файлы не меняются.</translation>
    </message>
    <message>
        <source>Attached files</source>
        <translation>Прикреплённые файлы</translation>
    </message>
    <message>
        <source>&amp;Add files...</source>
        <translation>&amp;Добавить файлы…</translation>
    </message>
    <message>
        <source>&amp;Remove...</source>
        <translation>&amp;Удалить…</translation>
    </message>
    <message>
        <source>Adding files</source>
        <translation>Файлы добавляются</translation>
    </message>
    <message>
        <source>Document preview</source>
        <translation>Просмотр документа</translation>
    </message>
    <message>
        <source>Picture preview</source>
        <translation>Просмотр изображения</translation>
    </message>
</context>
<context>
    <name>ExchangeScreens</name>
    <message>
        <source>&amp;Report</source>
        <translation>&amp;Отчёт</translation>
    </message>
    <message>
        <source>&amp;Partners</source>
        <translation>&amp;Партнёры</translation>
    </message>
    <message>
        <source>Partner &amp;organisations...</source>
        <translation>&amp;Организации-партнёры…</translation>
    </message>
    <message>
        <source>My contact &amp;card...</source>
        <translation>Моя контактная &amp;карточка…</translation>
    </message>
    <message>
        <source>&amp;Evidence...</source>
        <translation>&amp;Доказательства…</translation>
    </message>
    <message>
        <source>&amp;Send to an organisation...</source>
        <translation>О&amp;тправить организации…</translation>
    </message>
    <message>
        <source>&amp;Send...</source>
        <translation>&amp;Отправить…</translation>
    </message>
    <message>
        <source>Send this report to an organisation (Ctrl+Shift+E)</source>
        <translation>Отправить этот отчёт организации (Ctrl+Shift+E)</translation>
    </message>
</context>
<context>
    <name>ExportWizard</name>
    <message>
        <source>Send a report</source>
        <translation>Отправка отчёта</translation>
    </message>
</context>
<context>
    <name>FieldWidget</name>
    <message>
        <source>Needs an answer.</source>
        <translation>Обязательный вопрос.</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>Creating your vault...</source>
        <translation>Создаём ваше хранилище…</translation>
    </message>
    <message>
        <source>Your vault is ready, but this computer cannot remember the passphrase:</source>
        <translation>Хранилище готово, но этот компьютер не может запомнить парольную фразу:</translation>
    </message>
    <message>
        <source>Create your vault</source>
        <translation>Создание хранилища</translation>
    </message>
    <message>
        <source>&amp;Create vault</source>
        <translation>&amp;Создать хранилище</translation>
    </message>
</context>
<context>
    <name>FormView</name>
    <message>
        <source>Some answers on this page need attention. You can fix them now, or press Next again and come back to them later.</source>
        <translation>Некоторые ответы на этой странице стоит проверить. Исправьте их сейчас или нажмите «Далее» ещё раз и вернитесь к ним позже.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Страница %1 из %2</translation>
    </message>
    <message>
        <source>Pages of the form</source>
        <translation>Страницы анкеты</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Назад</translation>
    </message>
    <message>
        <source>Previous page (Ctrl+PgUp)</source>
        <translation>Предыдущая страница (Ctrl+PgUp)</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Далее</translation>
    </message>
    <message>
        <source>Next page (Ctrl+PgDown)</source>
        <translation>Следующая страница (Ctrl+PgDown)</translation>
    </message>
</context>
<context>
    <name>IdentityDialog</name>
    <message>
        <source>The card was copied. It will be removed from the clipboard soon.</source>
        <extracomment>File name suggested for the card: says what it is, nothing about who.</extracomment>
        <translation>Карточка скопирована. Вскоре она будет удалена из буфера обмена.</translation>
    </message>
    <message>
        <source>The name on your card was changed. The digits stay the same.</source>
        <translation>Имя на вашей карточке изменено. Цифры остались прежними.</translation>
    </message>
    <message>
        <source>Save your contact card</source>
        <translation>Сохранить контактную карточку</translation>
    </message>
    <message>
        <source>Your card was saved as %1.</source>
        <translation>Ваша карточка сохранена как %1.</translation>
    </message>
    <message>
        <source>My contact card</source>
        <translation>Моя контактная карточка</translation>
    </message>
    <message>
        <source>Give this card to an organisation so it can check that reports really come from you. The card holds no secret. Its name does not have to be your real name.</source>
        <translation>Дайте эту карточку организации, чтобы она могла проверить, что отчёты действительно от вас. В карточке нет секретов. Имя на ней не обязательно должно быть вашим настоящим именем.</translation>
    </message>
    <message>
        <source>&amp;Name on the card:</source>
        <translation>&amp;Имя на карточке:</translation>
    </message>
    <message>
        <source>Name on the card</source>
        <translation>Имя на карточке</translation>
    </message>
    <message>
        <source>Change &amp;name</source>
        <translation>Изменить &amp;имя</translation>
    </message>
    <message>
        <source>Your digits (the organisation may ask you to read them out):</source>
        <translation>Ваши цифры (организация может попросить вас их продиктовать):</translation>
    </message>
    <message>
        <source>Your fingerprint</source>
        <translation>Ваш отпечаток ключа</translation>
    </message>
    <message>
        <source>Your contact card as a QR code</source>
        <translation>Ваша контактная карточка в виде QR-кода</translation>
    </message>
    <message>
        <source>&amp;Save card to a file...</source>
        <translation>&amp;Сохранить карточку в файл…</translation>
    </message>
    <message>
        <source>&amp;Copy card text</source>
        <translation>С&amp;копировать текст карточки</translation>
    </message>
</context>
<context>
    <name>KeychainPage</name>
    <message>
        <source>Remember on this computer?</source>
        <translation>Запомнить на этом компьютере?</translation>
    </message>
    <message>
        <source>&amp;Remember the passphrase on this computer</source>
        <translation>&amp;Запомнить парольную фразу на этом компьютере</translation>
    </message>
    <message>
        <source>Remember the passphrase on this computer</source>
        <translation>Запомнить парольную фразу на этом компьютере</translation>
    </message>
    <message>
        <source>If you tick this, anyone who can use this computer account can open your vault without the passphrase. Leave it off if the computer could be taken or searched.</source>
        <translation>Если отметить этот пункт, любой, кто может войти в эту учётную запись компьютера, откроет ваше хранилище без парольной фразы. Не отмечайте его, если компьютер могут отобрать или обыскать.</translation>
    </message>
    <message>
        <source>Creating the vault</source>
        <translation>Создание хранилища</translation>
    </message>
</context>
<context>
    <name>LanguagePage</name>
    <message>
        <source>Welcome to Intake Desk</source>
        <extracomment>Creates the vault with a passphrase; runs on the database thread.</extracomment>
        <translation>Добро пожаловать в Intake Desk</translation>
    </message>
    <message>
        <source>Intake Desk keeps what you write encrypted on this computer. First, create your vault: it takes a minute.</source>
        <translation>Intake Desk хранит всё, что вы пишете, в зашифрованном виде на этом компьютере. Сначала создайте своё хранилище — это займёт минуту.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Язык интерфейса</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>About Intake Desk</source>
        <translation>О программе Intake Desk</translation>
    </message>
    <message>
        <source>Intake Desk keeps your reports encrypted on this computer and hands them, signed and encrypted, to the organisations you choose.</source>
        <translation>Intake Desk хранит ваши отчёты в зашифрованном виде на этом компьютере и передаёт их — подписанными и зашифрованными — организациям, которые вы выберете.</translation>
    </message>
    <message>
        <source>New report</source>
        <translation>Новый отчёт</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Open the selected report; press the button that has the focus</source>
        <translation>Открыть выбранный отчёт; нажать кнопку, на которой стоит фокус</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Delete the selected report (it asks first)</source>
        <translation>Удалить выбранный отчёт (сначала будет вопрос)</translation>
    </message>
    <message>
        <source>Next or previous question or button</source>
        <translation>Следующий или предыдущий вопрос или кнопка</translation>
    </message>
    <message>
        <source>Next page of the form</source>
        <translation>Следующая страница анкеты</translation>
    </message>
    <message>
        <source>Previous page of the form</source>
        <translation>Предыдущая страница анкеты</translation>
    </message>
    <message>
        <source>Lock the vault</source>
        <translation>Заблокировать хранилище</translation>
    </message>
    <message>
        <source>Hide everything and lock at once</source>
        <translation>Сразу всё скрыть и заблокировать</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>Quit (locks first)</source>
        <translation>Выход (сначала блокирует хранилище)</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Сочетания клавиш</translation>
    </message>
    <message>
        <source>Intake Desk</source>
        <translation>Intake Desk</translation>
    </message>
    <message>
        <source>&amp;Vault</source>
        <translation>&amp;Хранилище</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Заблокировать</translation>
    </message>
    <message>
        <source>&amp;Hide and lock now</source>
        <translation>С&amp;крыть и заблокировать сейчас</translation>
    </message>
    <message>
        <source>Change &amp;passphrase...</source>
        <translation>Сменить &amp;парольную фразу…</translation>
    </message>
    <message>
        <source>&amp;Backup...</source>
        <translation>&amp;Резервная копия…</translation>
    </message>
    <message>
        <source>&amp;Settings...</source>
        <translation>&amp;Настройки…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Выход</translation>
    </message>
    <message>
        <source>&amp;About Intake Desk</source>
        <translation>&amp;О программе Intake Desk</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Сочетания клавиш</translation>
    </message>
    <message>
        <source>Vault: %1</source>
        <translation>Хранилище: %1</translation>
    </message>
    <message>
        <source>Vault folder</source>
        <translation>Папка хранилища</translation>
    </message>
    <message>
        <source>Unlocked</source>
        <translation>Открыто</translation>
    </message>
</context>
<context>
    <name>NeutralTitle</name>
    <message>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
</context>
<context>
    <name>NewReportDialog</name>
    <message>
        <source>New report</source>
        <translation>Новый отчёт</translation>
    </message>
    <message>
        <source>Which &amp;form do you want to fill in?</source>
        <translation>Какую &amp;анкету вы хотите заполнить?</translation>
    </message>
    <message>
        <source>Forms</source>
        <translation>Анкеты</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Начать</translation>
    </message>
</context>
<context>
    <name>PartnerListModel</name>
    <message>
        <source>verified</source>
        <extracomment>The role under which each row&apos;s ``PartnerView`` is available.</extracomment>
        <translation>проверен</translation>
    </message>
    <message>
        <source>not verified - compare the digits first</source>
        <translation>не проверен — сначала сверьте цифры</translation>
    </message>
    <message>
        <source>looks like the verified partner “%1” but is not it</source>
        <translation>похож на проверенного партнёра «%1», но это не он</translation>
    </message>
</context>
<context>
    <name>PartnersDialog</name>
    <message>
        <source>Fingerprint of %1</source>
        <translation>Отпечаток ключа: %1</translation>
    </message>
    <message>
        <source>Added on %1</source>
        <translation>Добавлен %1</translation>
    </message>
    <message>
        <source>Type the 30 digits you were told.</source>
        <translation>Введите 30 цифр, которые вам назвали.</translation>
    </message>
    <message>
        <source>Replace the keys of a partner</source>
        <translation>Замена ключей партнёра</translation>
    </message>
    <message>
        <source>Partner organisations</source>
        <translation>Организации-партнёры</translation>
    </message>
    <message>
        <source>&amp;Add a partner...</source>
        <translation>&amp;Добавить партнёра…</translation>
    </message>
    <message>
        <source>No partner organisations yet.

Ask the organisation for its contact card, then choose “Add a partner”.</source>
        <translation>Организаций-партнёров пока нет.

Попросите у организации её контактную карточку, затем нажмите «Добавить партнёра».</translation>
    </message>
    <message>
        <source>Call the organisation or check its website and compare these 30 digits. Then type the digits they give you here. Do not send anything until they match.</source>
        <translation>Позвоните в организацию или откройте её сайт и сверьте эти 30 цифр. Затем введите здесь цифры, которые вам назвали. Ничего не отправляйте, пока цифры не совпадут.</translation>
    </message>
    <message>
        <source>&amp;Digits they gave you:</source>
        <translation>&amp;Цифры, которые вам назвали:</translation>
    </message>
    <message>
        <source>The 30 digits the organisation gave you</source>
        <translation>30 цифр, которые вам назвала организация</translation>
    </message>
    <message>
        <source>12345 67890 ... (spaces do not matter)</source>
        <translation>12345 67890 … (пробелы не важны)</translation>
    </message>
    <message>
        <source>They &amp;match</source>
        <translation>Цифры &amp;совпадают</translation>
    </message>
    <message>
        <source>Replace &amp;keys...</source>
        <translation>Заменить &amp;ключи…</translation>
    </message>
</context>
<context>
    <name>PartnersPage</name>
    <message>
        <source>Who should receive this report?</source>
        <translation>Кто должен получить этот отчёт?</translation>
    </message>
    <message>
        <source>Only the organisations you tick can open the file. An organisation can be chosen once you have compared its digits with it.</source>
        <translation>Открыть файл смогут только отмеченные вами организации. Организацию можно выбрать после того, как вы сверили с ней цифры.</translation>
    </message>
    <message>
        <source>Partner organisations</source>
        <translation>Организации-партнёры</translation>
    </message>
    <message>
        <source>You have no verified partner yet. Open the partners screen, add the organisation&apos;s card and compare the digits with them.</source>
        <translation>У вас пока нет проверенных партнёров. Откройте раздел партнёров, добавьте карточку организации и сверьте с ней цифры.</translation>
    </message>
    <message>
        <source>Open &amp;partners...</source>
        <translation>Открыть &amp;партнёров…</translation>
    </message>
</context>
<context>
    <name>PassphrasePage</name>
    <message>
        <source>Choose a passphrase</source>
        <translation>Придумайте парольную фразу</translation>
    </message>
    <message>
        <source>Only this passphrase opens your vault. Nobody can recover it for you: if you forget it, what you wrote is lost. A few unrelated words are strong and easy to remember.</source>
        <translation>Только эта парольная фраза открывает ваше хранилище. Никто не сможет её восстановить: если вы её забудете, всё написанное будет потеряно. Несколько не связанных между собой слов — это надёжно и легко запомнить.</translation>
    </message>
</context>
<context>
    <name>PassphrasePairWidget</name>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Парольная фраза:</translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation>П&amp;овторите её:</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Новая парольная фраза</translation>
    </message>
    <message>
        <source>Repeat the new passphrase</source>
        <translation>Повторите новую парольную фразу</translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation>Надёжность парольной фразы</translation>
    </message>
    <message>
        <source>Several unrelated words are easy to remember</source>
        <translation>Несколько не связанных слов легко запомнить</translation>
    </message>
    <message>
        <source>Choose a passphrase only you know.</source>
        <translation>Придумайте фразу, которую знаете только вы.</translation>
    </message>
    <message>
        <source>Very weak: this is a common password or close to one. It could be guessed within hours.</source>
        <translation>Очень слабая: это распространённый пароль или почти такой же. Его можно подобрать за несколько часов.</translation>
    </message>
    <message>
        <source>Weak: a seized computer could be opened by guessing within months. Add another word or two.</source>
        <translation>Слабая: изъятый компьютер можно открыть подбором за несколько месяцев. Добавьте ещё одно-два слова.</translation>
    </message>
    <message>
        <source>Fair: guessing it would take years. Another word makes it much stronger.</source>
        <translation>Средняя: на подбор уйдут годы. Ещё одно слово сделает её намного надёжнее.</translation>
    </message>
    <message>
        <source>Strong: guessing it would take centuries.</source>
        <translation>Надёжная: на подбор уйдут века.</translation>
    </message>
    <message>
        <source>Use at least 10 characters.</source>
        <translation>Используйте не меньше 10 символов.</translation>
    </message>
    <message>
        <source>The two passphrases are different.</source>
        <translation>Фразы не совпадают.</translation>
    </message>
</context>
<context>
    <name>RepeatWidget</name>
    <message>
        <source>Add an entry</source>
        <translation>Добавить запись</translation>
    </message>
    <message>
        <source>Entry %1</source>
        <translation>Запись %1</translation>
    </message>
    <message>
        <source>Remove this entry</source>
        <translation>Удалить эту запись</translation>
    </message>
    <message>
        <source>Remove entry %1</source>
        <translation>Удалить запись %1</translation>
    </message>
</context>
<context>
    <name>ReportEditor</name>
    <message>
        <source>Choose a file to attach</source>
        <translation>Выберите файл, который нужно прикрепить</translation>
    </message>
    <message>
        <source>Attaching and cleaning the file...</source>
        <translation>Прикрепляем и очищаем файл…</translation>
    </message>
    <message>
        <source>Saving...</source>
        <translation>Сохраняем…</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Сохранено</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Не сохранено: %1</translation>
    </message>
    <message>
        <source>All reports</source>
        <translation>Все отчёты</translation>
    </message>
    <message>
        <source>Back to the list of reports (your changes are saved)</source>
        <translation>Вернуться к списку отчётов (изменения сохраняются)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <source>A name only you will see</source>
        <translation>Название, которое видите только вы</translation>
    </message>
    <message>
        <source>Name of the report (only you see it)</source>
        <translation>Название отчёта (его видите только вы)</translation>
    </message>
    <message>
        <source>Make a new version to edit</source>
        <translation>Создать новую версию для правки</translation>
    </message>
    <message>
        <source>This report was received on %1 and is kept exactly as it arrived.</source>
        <translation>Этот отчёт получен %1 и хранится точно в том виде, в каком пришёл.</translation>
    </message>
    <message>
        <source>This report was sent on %1. Editing creates a new version.</source>
        <translation>Этот отчёт отправлен %1. Чтобы внести изменения, создайте новую версию.</translation>
    </message>
    <message>
        <source>Sent (read-only)</source>
        <translation>Отправлен (только для чтения)</translation>
    </message>
    <message>
        <source>Received (read-only)</source>
        <translation>Получен (только для чтения)</translation>
    </message>
</context>
<context>
    <name>ReportListModel</name>
    <message>
        <source>Draft</source>
        <translation>Черновик</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Отправлен</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Получен</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>На рассмотрении</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Дан ответ</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Закрыт</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(без названия)</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Отчёт</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Анкета</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Изменён</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Состояние</translation>
    </message>
</context>
<context>
    <name>ReportsPanel</name>
    <message>
        <source>Report</source>
        <translation>Отчёт</translation>
    </message>
    <message>
        <source>%1 (new version)</source>
        <translation>%1 (новая версия)</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (копия)</translation>
    </message>
    <message>
        <source>Delete report</source>
        <translation>Удаление отчёта</translation>
    </message>
    <message>
        <source>Delete “%1” for good?</source>
        <translation>Удалить «%1» навсегда?</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(без названия)</translation>
    </message>
    <message>
        <source>The report and the files attached to it will be removed from this computer. This cannot be undone.</source>
        <translation>Отчёт и прикреплённые к нему файлы будут удалены с этого компьютера. Отменить это будет нельзя.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>&amp;New report</source>
        <translation>&amp;Новый отчёт</translation>
    </message>
    <message>
        <source>Start a new report (Ctrl+N)</source>
        <translation>Начать новый отчёт (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Открыть</translation>
    </message>
    <message>
        <source>Make a &amp;copy</source>
        <translation>Сделать &amp;копию</translation>
    </message>
    <message>
        <source>Copy the report into a new draft (for a sent report: its new version)</source>
        <translation>Скопировать отчёт в новый черновик (для отправленного отчёта — его новая версия)</translation>
    </message>
    <message>
        <source>&amp;Delete...</source>
        <translation>&amp;Удалить…</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Отчёты</translation>
    </message>
    <message>
        <source>No reports yet</source>
        <translation>Отчётов пока нет</translation>
    </message>
    <message>
        <source>Press “New report” (Ctrl+N) to write down what happened.</source>
        <translation>Нажмите «Новый отчёт» (Ctrl+N), чтобы записать, что произошло.</translation>
    </message>
    <message>
        <source>Ctrl+L locks the vault. Ctrl+Shift+Q hides everything and locks at once.</source>
        <translation>Ctrl+L блокирует хранилище. Ctrl+Shift+Q сразу всё скрывает и блокирует.</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>Some questions are not answered yet or need checking (%1). You can send the report as it is, or cancel and complete it first.</source>
        <translation>На некоторые вопросы ещё нет ответа, или ответ нужно проверить (%1). Можно отправить отчёт как есть или отменить и сначала дополнить его.</translation>
    </message>
    <message>
        <source>Your answers</source>
        <translation>Ваши ответы</translation>
    </message>
    <message>
        <source>No answers yet.</source>
        <translation>Ответов пока нет.</translation>
    </message>
    <message>
        <source>Attached files</source>
        <translation>Прикреплённые файлы</translation>
    </message>
    <message>
        <source>No files.</source>
        <translation>Файлов нет.</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Получатели</translation>
    </message>
    <message>
        <source>Check what will be sent</source>
        <translation>Проверьте, что будет отправлено</translation>
    </message>
    <message>
        <source>This is everything the file will contain. Go back to change the choice.</source>
        <translation>Это всё, что будет в файле. Чтобы изменить выбор, вернитесь назад.</translation>
    </message>
    <message>
        <source>What will be sent</source>
        <translation>Что будет отправлено</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>&amp;Lock after this many idle minutes:</source>
        <translation>&amp;Блокировать после простоя (минут):</translation>
    </message>
    <message>
        <source>Minutes before the vault locks itself</source>
        <translation>Через сколько минут хранилище заблокируется само</translation>
    </message>
    <message>
        <source>Lock when the window is &amp;minimised</source>
        <translation>Блокировать при &amp;сворачивании окна</translation>
    </message>
    <message>
        <source>Show a neutral window &amp;title and icon (“Notes”)</source>
        <translation>Показывать нейтральные &amp;заголовок окна и значок («Заметки»)</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Язык интерфейса</translation>
    </message>
    <message>
        <source>&amp;Remember the passphrase on this computer</source>
        <translation>&amp;Запомнить парольную фразу на этом компьютере</translation>
    </message>
    <message>
        <source>Anyone who can use this computer account can then open the vault without the passphrase. Leave this off if the computer could be taken or searched.</source>
        <translation>Тогда любой, кто может войти в эту учётную запись компьютера, откроет хранилище без парольной фразы. Не включайте, если компьютер могут отобрать или обыскать.</translation>
    </message>
</context>
<context>
    <name>UnlockWindow</name>
    <message>
        <source>Unlock your vault</source>
        <extracomment>Opens the vault with a passphrase; runs on the database thread.</extracomment>
        <translation>Откройте своё хранилище</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Парольная фраза:</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Парольная фраза</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Открыть</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <source>Opening the vault</source>
        <translation>Открываем хранилище</translation>
    </message>
    <message>
        <source>Vault folder</source>
        <translation>Папка хранилища</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Язык интерфейса</translation>
    </message>
</context>
<context>
    <name>WritePage</name>
    <message>
        <source>Writing the file</source>
        <translation>Запись файла</translation>
    </message>
    <message>
        <source>Encrypting and signing. You can cancel at any time.</source>
        <translation>Шифруем и подписываем. Вы можете отменить в любой момент.</translation>
    </message>
    <message>
        <source>Progress of writing the file</source>
        <translation>Ход записи файла</translation>
    </message>
</context>
<context>
    <name>evidence</name>
    <message>
        <source>Removed before storing: %1.</source>
        <translation>Удалено перед сохранением: %1.</translation>
    </message>
    <message>
        <source>Kept because it is part of the content: %1.</source>
        <translation>Оставлено, потому что это часть содержания: %1.</translation>
    </message>
    <message>
        <source>No hidden identifying details were found in this file.</source>
        <translation>В этом файле не найдено скрытых сведений, по которым вас можно узнать.</translation>
    </message>
    <message>
        <source>Hidden details removed when it was added: %1.</source>
        <translation>Скрытых сведений удалено при добавлении: %1.</translation>
    </message>
    <message>
        <source>Nothing was removed from this file when it was added.</source>
        <translation>При добавлении из этого файла ничего не удалялось.</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <source>That passphrase is not right. Try again.</source>
        <translation>Неверная парольная фраза. Попробуйте ещё раз.</translation>
    </message>
    <message>
        <source>This vault is already open in another Intake Desk window. Close that one first.</source>
        <translation>Это хранилище уже открыто в другом окне Intake Desk. Сначала закройте его.</translation>
    </message>
    <message>
        <source>This folder is not an Intake Desk vault. Choose the folder of your vault.</source>
        <translation>Эта папка — не хранилище Intake Desk. Выберите папку своего хранилища.</translation>
    </message>
    <message>
        <source>The vault is damaged and cannot be opened. Restore it from a backup, or ask a partner organisation for help.</source>
        <translation>Хранилище повреждено и не открывается. Восстановите его из резервной копии или обратитесь за помощью в организацию-партнёр.</translation>
    </message>
    <message>
        <source>There is no vault in this folder yet.</source>
        <translation>В этой папке пока нет хранилища.</translation>
    </message>
    <message>
        <source>This vault was made by a newer version of Intake Desk. Update the program to open it.</source>
        <translation>Это хранилище создано более новой версией Intake Desk. Обновите программу, чтобы открыть его.</translation>
    </message>
    <message>
        <source>The vault is locked. Unlock it and try again.</source>
        <translation>Хранилище заблокировано. Откройте его и попробуйте снова.</translation>
    </message>
    <message>
        <source>The disk is full. Free some space and try again. Nothing was changed.</source>
        <translation>Диск заполнен. Освободите место и попробуйте снова. Ничего не изменилось.</translation>
    </message>
    <message>
        <source>This folder is inside another vault. Choose a folder outside it.</source>
        <translation>Эта папка находится внутри другого хранилища. Выберите папку за его пределами.</translation>
    </message>
    <message>
        <source>This folder is not empty. Choose an empty folder or a new one.</source>
        <translation>Эта папка не пуста. Выберите пустую папку или создайте новую.</translation>
    </message>
    <message>
        <source>Intake Desk is not allowed to read or write here. Choose another place, for example a folder in your home folder.</source>
        <translation>Intake Desk не может здесь ни читать, ни записывать. Выберите другое место, например папку в вашей домашней папке.</translation>
    </message>
    <message>
        <source>This name looks like the names of several partners, so nothing was changed. Check the partner list: one of them may be an impostor.</source>
        <translation>Это имя похоже на имена нескольких партнёров, поэтому ничего не изменилось. Проверьте список партнёров: один из них может оказаться самозванцем.</translation>
    </message>
    <message>
        <source>That file already exists. Choose a new file name.</source>
        <translation>Такой файл уже есть. Выберите другое имя.</translation>
    </message>
    <message>
        <source>The backup file is damaged or was changed. Nothing was restored.</source>
        <translation>Файл резервной копии повреждён или изменён. Ничего не восстановлено.</translation>
    </message>
    <message>
        <source>This card claims to be a partner you already have, but its keys are different. It was not added. Do not send anything to it until you have called the organisation.</source>
        <translation>Эта карточка выдаёт себя за уже известного вам партнёра, но ключи в ней другие. Она не добавлена. Ничего не отправляйте по ней, пока не позвоните в организацию.</translation>
    </message>
    <message>
        <source>This is your own card. Add the organisation&apos;s card instead.</source>
        <translation>Это ваша собственная карточка. Добавьте вместо неё карточку организации.</translation>
    </message>
    <message>
        <source>These digits do not match. The partner stays unverified. Do not send anything until you have found out why.</source>
        <translation>Эти цифры не совпадают. Партнёр остаётся непроверенным. Ничего не отправляйте, пока не выясните причину.</translation>
    </message>
    <message>
        <source>This card has the same keys as before. Nothing was replaced.</source>
        <translation>В этой карточке те же ключи, что и раньше. Ничего не заменено.</translation>
    </message>
    <message>
        <source>A chosen organisation is not verified yet. Compare its digits first. Nothing was sent.</source>
        <translation>Одна из выбранных организаций ещё не проверена. Сначала сверьте её цифры. Ничего не отправлено.</translation>
    </message>
    <message>
        <source>The form of this report is missing from the vault, so it cannot be sent.</source>
        <translation>Анкеты этого отчёта нет в хранилище, поэтому его нельзя отправить.</translation>
    </message>
    <message>
        <source>Cancelled. No file was written and the report was not changed.</source>
        <translation>Отменено. Файл не записан, отчёт не изменён.</translation>
    </message>
    <message>
        <source>That folder is inside your vault. Save the file in another folder, for example on the USB stick you will hand over.</source>
        <translation>Эта папка находится внутри вашего хранилища. Сохраните файл в другой папке, например на флешке, которую вы передадите.</translation>
    </message>
    <message>
        <source>This name cannot be used. Use 1 to 64 letters or digits, without / \ or :.</source>
        <translation>Это имя использовать нельзя. Используйте от 1 до 64 букв или цифр, без / \ и :.</translation>
    </message>
    <message>
        <source>Replies or receipts refer to this report. Delete them first.</source>
        <translation>На этот отчёт ссылаются ответы или подтверждения получения. Сначала удалите их.</translation>
    </message>
    <message>
        <source>This report was sent and cannot be changed. Make a new version to edit it.</source>
        <translation>Этот отчёт уже отправлен, и изменить его нельзя. Чтобы внести правки, создайте новую версию.</translation>
    </message>
    <message>
        <source>The file could not be read to the end. Check that it is still there and try again. Nothing was attached.</source>
        <translation>Файл не удалось прочитать до конца. Проверьте, что он на месте, и попробуйте ещё раз. Ничего не прикреплено.</translation>
    </message>
    <message>
        <source>The file changed while it was being attached. Nothing was attached; try again.</source>
        <translation>Файл изменился, пока его прикрепляли. Ничего не прикреплено — попробуйте ещё раз.</translation>
    </message>
    <message>
        <source>The form this report was written with is missing from this vault, so the report cannot be shown.</source>
        <translation>В хранилище нет анкеты, по которой написан этот отчёт, поэтому его нельзя показать.</translation>
    </message>
    <message>
        <source>This file is too large to show here. It is still attached and will be sent.</source>
        <translation>Этот файл слишком большой, чтобы показать его здесь. Он по-прежнему прикреплён и будет отправлен.</translation>
    </message>
    <message>
        <source>Cancelled. Nothing was changed.</source>
        <translation>Отменено. Ничего не изменилось.</translation>
    </message>
    <message>
        <source>Type all 30 digits, exactly as the organisation gave them. Spaces do not matter.</source>
        <translation>Введите все 30 цифр точно так, как их назвала организация. Пробелы не важны.</translation>
    </message>
    <message>
        <source>This is not a valid contact card, or it was changed. Ask the organisation for its card again.</source>
        <translation>Это не контактная карточка, или она была изменена. Попросите у организации карточку ещё раз.</translation>
    </message>
    <message>
        <source>The file could not be written. Nothing was sent; check the disk and try again.</source>
        <translation>Файл не удалось записать. Ничего не отправлено; проверьте диск и попробуйте ещё раз.</translation>
    </message>
    <message>
        <source>The computer could not read or write a file. Check that the disk is connected and has free space.</source>
        <translation>Компьютеру не удалось прочитать или записать файл. Проверьте, что диск подключён и на нём есть место.</translation>
    </message>
    <message>
        <source>That did not work, and nothing was changed. Please try again.</source>
        <translation>Не получилось, ничего не изменилось. Попробуйте ещё раз.</translation>
    </message>
    <message>
        <source>This computer&apos;s only password store keeps secrets unencrypted, so the passphrase would not be safe there. You will type it each time.</source>
        <translation>Единственное хранилище паролей на этом компьютере держит секреты незашифрованными, парольная фраза там была бы в опасности. Вводите её каждый раз.</translation>
    </message>
    <message>
        <source>This computer&apos;s password store did not work, so the passphrase cannot be remembered. You will type it each time.</source>
        <translation>Хранилище паролей этого компьютера не сработало, поэтому запомнить парольную фразу нельзя. Вводите её каждый раз.</translation>
    </message>
    <message>
        <source>This computer has no password store Intake Desk can use, so the passphrase cannot be remembered. You will type it each time.</source>
        <translation>На этом компьютере нет хранилища паролей, которым может пользоваться Intake Desk, поэтому запомнить парольную фразу нельзя. Вводите её каждый раз.</translation>
    </message>
    <message>
        <source>Something unexpected went wrong. Nothing was changed. Please try again.</source>
        <translation>Произошла непредвиденная ошибка. Ничего не изменилось. Попробуйте ещё раз.</translation>
    </message>
</context>
<context>
    <name>metadata</name>
    <message>
        <source>where it was made</source>
        <translation>место, где он сделан</translation>
    </message>
    <message>
        <source>the camera or device</source>
        <translation>камера или устройство</translation>
    </message>
    <message>
        <source>names of people</source>
        <translation>имена людей</translation>
    </message>
    <message>
        <source>when it was made</source>
        <translation>время создания</translation>
    </message>
    <message>
        <source>the program used</source>
        <translation>программа, в которой он сделан</translation>
    </message>
    <message>
        <source>its editing history</source>
        <translation>история правок</translation>
    </message>
    <message>
        <source>titles, comments and keywords</source>
        <translation>названия, комментарии и ключевые слова</translation>
    </message>
    <message>
        <source>hidden previews and extra data</source>
        <translation>скрытые миниатюры и лишние данные</translation>
    </message>
    <message>
        <source>other hidden details</source>
        <translation>другие скрытые сведения</translation>
    </message>
    <message>
        <source>Intake Desk cannot clean this kind of file, so it was attached as it is. It may still contain details about you or your device.</source>
        <translation>Intake Desk не умеет очищать файлы такого типа, поэтому файл прикреплён как есть. В нём могут остаться сведения о вас или вашем устройстве.</translation>
    </message>
    <message>
        <source>This file is too large to clean, so it was attached as it is. It may still contain details about you or your device.</source>
        <translation>Этот файл слишком большой для очистки, поэтому он прикреплён как есть. В нём могут остаться сведения о вас или вашем устройстве.</translation>
    </message>
    <message>
        <source>This file seems damaged, so it could not be cleaned and was attached as it is.</source>
        <translation>Похоже, файл повреждён: очистить его не удалось, и он прикреплён как есть.</translation>
    </message>
    <message>
        <source>The file was attached as it is, with its hidden details, as you asked.</source>
        <translation>Файл прикреплён как есть, вместе со скрытыми сведениями, как вы просили.</translation>
    </message>
    <message>
        <source>“%1” was attached.</source>
        <translation>Файл «%1» прикреплён.</translation>
    </message>
    <message>
        <source>It held no hidden details about you or your device.</source>
        <translation>Скрытых сведений о вас или вашем устройстве в нём не было.</translation>
    </message>
    <message>
        <source>Removed before storing: %1.</source>
        <translation>Перед сохранением удалены скрытые сведения: %1.</translation>
    </message>
</context>
</TS>
