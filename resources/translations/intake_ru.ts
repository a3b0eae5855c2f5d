<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
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
        <source>That file already exists. Choose a new file name.</source>
        <translation>Такой файл уже есть. Выберите другое имя.</translation>
    </message>
    <message>
        <source>The backup file is damaged or was changed. Nothing was restored.</source>
        <translation>Файл резервной копии повреждён или изменён. Ничего не восстановлено.</translation>
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
        <source>Cancelled. Nothing was changed.</source>
        <translation>Отменено. Ничего не изменилось.</translation>
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
