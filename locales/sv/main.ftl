# Vägvisaren — svenska (källspråk).
# Status: source language, written by the team.

## Whole app

app-title = Vägvisaren – stöd och hjälp
language-label = Språk

## Quick exit

quick-exit-button = Lämna sidan snabbt
# Variables:
#   $remaining (Number) - how many more presses of Shift leave the page
quick-exit-shift-remaining = { $remaining ->
    [one] Tryck på Skift en gång till för att lämna sidan.
   *[other] Tryck på Skift { $remaining } gånger till för att lämna sidan.
}

## Notices

# Variables:
#   $code (String) - the language code from the link that is not offered
notice-unknown-language = Språket ”{ $code }” finns inte här ännu, så sidan visas på svenska. Du kan välja ett annat språk ovanför.

## Start screen

start-title = Är det våld? Här kan du ta reda på det i lugn och ro.
start-lead = Svara på några frågor om det som händer dig eller någon du oroar dig för. Du får veta vad det kan kallas och var du kan få hjälp.
start-private = Ingenting av det du svarar sparas eller skickas någonstans. Det stannar i din telefon eller dator tills du stänger sidan.
start-quick-exit = Knappen ”Lämna sidan snabbt” finns alltid högst upp. Du kan också trycka på Skift tre gånger.
start-emergency = Är du i fara just nu? Ring 112.
