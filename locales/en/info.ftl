# Vägvisaren — the safety page and the about page.
# Loaded when someone opens the safety page or the about page, together with main.ftl.
# Status: machine translated from Swedish; glossary and back-translation checked 2026-12-07; not yet reviewed by a native speaker.

safety-intro = Here you can read how this page protects you and what it cannot hide. Do what feels safest for you.
safety-quick-exit-title = Leave this page quickly
safety-quick-exit-1 = The “Leave this page quickly” button is always at the top. You can also press Shift three times.
safety-quick-exit-2 = The page goes blank at once, and everything you answered is forgotten.
safety-quick-exit-3 = Then the tab goes to a weather site, so it looks as if you were checking the weather.
safety-quick-exit-4 = The browser's back button does not lead back here.
safety-cannot-hide-title = What this page cannot hide
safety-cannot-hide-1 = The browser's history still shows that you visited this page.
safety-cannot-hide-2 = You can delete just that visit. Open the history in the browser's menu and find Vägvisaren. Hold your finger on the line, swipe it to the side or tap the cross, and choose to delete it.
safety-cannot-hide-3 = If you delete only that line, the rest of the history looks as usual.
safety-cannot-hide-4 = The phone's list of recent calls shows the numbers you have called.
safety-cannot-hide-5 = You can delete a call from the list. Hold your finger on the call or swipe it to the left, and choose “Delete”.
safety-cannot-hide-6 = Calls to numbers that start with 020 are free and do not show on the phone bill. They still show in the list of recent calls.
safety-cannot-hide-7 = Text messages and chats stay on the phone until you delete them.
safety-private-browsing-title = Private browsing
safety-private-browsing-1 = Most browsers have a private mode, also called incognito. Then the visit is not kept in the history when you close the window.
safety-private-browsing-2 = You usually open it from the browser's menu, with “New private window” or “New incognito tab”.
safety-private-browsing-3 = Private mode does not hide what you do from a program that watches the phone, nor from the network at a workplace or a school.
safety-shared-phone-title = If someone else uses or checks your phone
safety-shared-phone-1 = If someone else can borrow or check your phone or computer, that person can see what you do on it.
safety-shared-phone-2 = Someone may have installed a program that watches the phone, called spyware. Someone may also know your passwords and codes.
safety-shared-phone-3 = If it feels safer, you can use a friend's phone, a computer at the library or a phone at work.
safety-shared-phone-4 = It may be noticed if you suddenly change passwords or delete programs. Think about what is safest for you before you do it.
safety-read-aloud-title = Reading aloud
safety-read-aloud-1 = The “Read aloud” button uses only voices that are on your phone or computer. No text is sent to any speech service.
safety-read-aloud-2 = Remember that someone nearby can hear what is read aloud. Reading stops when you use quick exit.
safety-transparency-title = This page saves nothing and sends nothing
safety-transparency-1 = This page saves nothing on your phone or computer, not even cookies. Your language and municipality are only kept until you close the page.
safety-transparency-2 = What you answer is never sent anywhere. The page only fetches the same files as it does for everyone else, whatever you answer.
safety-transparency-3 = Reading aloud uses only voices on your phone or computer, so nothing that is read aloud is sent anywhere.
safety-transparency-intro = See for yourself: the list below shows every request the page has made since you opened it.
safety-transparency-empty = The page has not made any requests yet.
# Variables:
#   $count (Number) - how many requests the page has made since it was opened
safety-transparency-count = { $count ->
    [one] The page has made one request.
   *[other] The page has made { $count } requests.
}
# Team: name who made and runs Vägvisaren here once that is decided.
about-who = Vägvisaren is an independent tool, not a public authority. We cannot take reports or answer questions about your situation.
about-free = Vägvisaren is free. You do not need to log in or say who you are.
about-private = Nothing you answer is saved or sent. The server keeps no record of who visits the page.
about-contacts-title = How we check the contacts
about-contacts-1 = Every number and opening time has a source, for example the support line's own website, and the date we read it. If the source page states a date of its own, we show that too.
about-contacts-2 = We never show a number that no source states. If something has changed, what the support line's own website says is what counts.
about-read-aloud = Reading aloud works only if your phone or computer has a voice of its own for the language. If it does not, no button for reading aloud is shown.
about-languages-title = Languages
about-languages-intro = The text is written in Swedish first and then translated. This is how far we have come with each language:
about-languages-method = Every translation is a machine translation from Swedish. A second machine translation, made without seeing the Swedish text, then translates it back into Swedish, and we compare the sentences one by one and correct what differs. That is not the same as a review by someone whose first language it is.
# Variables:
#   $language (String) - the language's name in itself, e.g. English
#   $status (String) - one of the status-* messages
about-language-status = { $language }: { $status }
status-source = the source language
status-reviewed = translated and reviewed by a native speaker
status-unreviewed = translated, not yet reviewed
# Variables:
#   $date (String) - the date of the last glossary and back-translation check
status-checked = machine translated; glossary and back-translation checked { $date }; not yet reviewed by a native speaker
# Variables:
#   $date (String) - the date the meaning was checked by back-translation
status-easy-checked = rewritten in easy Swedish from the standard Swedish text; meaning checked by back-translation { $date }; not yet reviewed by an easy-to-read editor
safety-transparency-refresh = Update the list
