# Vägvisaren — English.
# Status: translated by the team from Swedish; not yet reviewed by a native speaker.

## Whole app

app-title = Vägvisaren – support and help
language-label = Language

## Quick exit

quick-exit-button = Leave this page quickly
# Variables:
#   $remaining (Number) - how many more presses of Shift leave the page
quick-exit-shift-remaining = { $remaining ->
    [one] Press Shift once more to leave the page.
   *[other] Press Shift { $remaining } more times to leave the page.
}

## Notices

# Variables:
#   $code (String) - the language code from the link that is not offered
notice-unknown-language = The language “{ $code }” is not available here yet, so the page is shown in Swedish. You can choose another language above.

## Start screen

start-title = Is it violence? Here you can find out, in your own time.
start-lead = Answer a few questions about what is happening to you or to someone you are worried about. You will learn what it may be called and where you can get help.
start-private = Nothing you answer is saved or sent anywhere. It stays on your phone or computer until you close the page.
start-quick-exit = The “Leave this page quickly” button is always at the top. You can also press Shift three times.
start-emergency = Are you in danger right now? Call 112.
