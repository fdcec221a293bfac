<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>EngineMessages</name>
    <message>
        <source>output channels %1 must be at least %2</source>
        <translation>Ausgangskanäle %1: es müssen mindestens %2 sein</translation>
    </message>
    <message>
        <source>groups %1 must be at least %2</source>
        <translation>Gruppen %1: es müssen mindestens %2 sein</translation>
    </message>
    <message>
        <source>groups %1 does not divide the %2 input channels: choose a divisor of %3</source>
        <translation>%1 Gruppen teilen die %2 Eingangskanäle nicht: wählen Sie einen Teiler von %3</translation>
    </message>
    <message>
        <source>groups %1 does not divide the %2 output channels: choose a multiple of %3 output channels</source>
        <translation>%1 Gruppen teilen die %2 Ausgangskanäle nicht: wählen Sie ein Vielfaches von %3 Ausgangskanälen</translation>
    </message>
    <message>
        <source>padding &apos;same&apos; needs stride %1, but the stride (%2) is %3: use a number for the padding or set the stride to %4</source>
        <translation>Padding „same“ braucht Schrittweite %1, aber die Schrittweite (%2) ist %3: geben Sie das Padding als Zahl an oder setzen Sie die Schrittweite auf %4</translation>
    </message>
    <message>
        <source>padding &apos;same&apos; needs stride %1, but the stride is %2: use a number for the padding or set the stride to %3</source>
        <translation>Padding „same“ braucht Schrittweite %1, aber die Schrittweite ist %2: geben Sie das Padding als Zahl an oder setzen Sie die Schrittweite auf %3</translation>
    </message>
    <message>
        <source>reflect padding %1 (%2) must be smaller than the input size %3: lower the padding or use replicate or zeros</source>
        <translation>Spiegelndes Padding %1 (%2) muss kleiner als die Eingabegröße %3 sein: verringern Sie das Padding oder wählen Sie „Rand wiederholen“ oder „Nullen“</translation>
    </message>
    <message>
        <source>reflect padding %1 must be smaller than the input size %2: lower the padding or use replicate or zeros</source>
        <translation>Spiegelndes Padding %1 muss kleiner als die Eingabegröße %2 sein: verringern Sie das Padding oder wählen Sie „Rand wiederholen“ oder „Nullen“</translation>
    </message>
    <message>
        <source>circular padding %1 (%2) must not exceed the input size %3: lower the padding</source>
        <translation>Zirkuläres Padding %1 (%2) darf die Eingabegröße %3 nicht überschreiten: verringern Sie das Padding</translation>
    </message>
    <message>
        <source>circular padding %1 must not exceed the input size %2: lower the padding</source>
        <translation>Zirkuläres Padding %1 darf die Eingabegröße %2 nicht überschreiten: verringern Sie das Padding</translation>
    </message>
    <message>
        <source>kernel %1 is larger than the padded input %2 (%3): use a smaller kernel or add padding</source>
        <translation>Kernel %1 ist größer als die aufgefüllte Eingabe %2 (%3): verwenden Sie einen kleineren Kernel oder mehr Padding</translation>
    </message>
    <message>
        <source>kernel %1 is larger than the padded input %2: use a smaller kernel or add padding</source>
        <translation>Kernel %1 ist größer als die aufgefüllte Eingabe %2: verwenden Sie einen kleineren Kernel oder mehr Padding</translation>
    </message>
    <message>
        <source>kernel %1 (effective %2 with dilation %3) is larger than the padded input %4 (%5): lower the dilation or the kernel size, or add padding</source>
        <translation>Kernel %1 (effektiv %2 bei Dilatation %3) ist größer als die aufgefüllte Eingabe %4 (%5): verringern Sie Dilatation oder Kernelgröße, oder fügen Sie Padding hinzu</translation>
    </message>
    <message>
        <source>kernel %1 (effective %2 with dilation %3) is larger than the padded input %4: lower the dilation or the kernel size, or add padding</source>
        <translation>Kernel %1 (effektiv %2 bei Dilatation %3) ist größer als die aufgefüllte Eingabe %4: verringern Sie Dilatation oder Kernelgröße, oder fügen Sie Padding hinzu</translation>
    </message>
    <message>
        <source>kernel %1 is larger than the padded input %2 (%3): use a smaller window or add padding</source>
        <translation>Kernel %1 ist größer als die aufgefüllte Eingabe %2 (%3): verwenden Sie ein kleineres Fenster oder mehr Padding</translation>
    </message>
    <message>
        <source>kernel %1 is larger than the padded input %2: use a smaller window or add padding</source>
        <translation>Kernel %1 ist größer als die aufgefüllte Eingabe %2: verwenden Sie ein kleineres Fenster oder mehr Padding</translation>
    </message>
    <message>
        <source>kernel %1 (effective %2 with dilation %3) is larger than the padded input %4 (%5): use a smaller window or add padding</source>
        <translation>Kernel %1 (effektiv %2 bei Dilatation %3) ist größer als die aufgefüllte Eingabe %4 (%5): verwenden Sie ein kleineres Fenster oder mehr Padding</translation>
    </message>
    <message>
        <source>kernel %1 (effective %2 with dilation %3) is larger than the padded input %4: use a smaller window or add padding</source>
        <translation>Kernel %1 (effektiv %2 bei Dilatation %3) ist größer als die aufgefüllte Eingabe %4: verwenden Sie ein kleineres Fenster oder mehr Padding</translation>
    </message>
    <message>
        <source>the output would be empty (%1): use a smaller window</source>
        <translation>Die Ausgabe wäre leer (%1): verwenden Sie ein kleineres Fenster</translation>
    </message>
    <message>
        <source>the output would be empty: use a smaller window</source>
        <translation>Die Ausgabe wäre leer: verwenden Sie ein kleineres Fenster</translation>
    </message>
    <message>
        <source>dilation applies to max pooling only</source>
        <translation>Dilatation gibt es nur beim Max-Pooling</translation>
    </message>
    <message>
        <source>padding %1 (%2) must be at most half the kernel size (%3 / %4 = %5): lower the padding</source>
        <translation>Padding %1 (%2) darf höchstens die halbe Kernelgröße sein (%3 / %4 = %5): verringern Sie das Padding</translation>
    </message>
    <message>
        <source>padding %1 must be at most half the kernel size (%2 / %3 = %4): lower the padding</source>
        <translation>Padding %1 darf höchstens die halbe Kernelgröße sein (%2 / %3 = %4): verringern Sie das Padding</translation>
    </message>
    <message>
        <source>the output would have more than %1^%2 elements: use a smaller input or fewer channels</source>
        <translation>Die Ausgabe hätte mehr als %1^%2 Elemente: verwenden Sie eine kleinere Eingabe oder weniger Kanäle</translation>
    </message>
    <message>
        <source>layer %1 (%2): %3</source>
        <translation>Schicht %1 (%2): %3</translation>
    </message>
    <message>
        <source>cannot read %1: no such file</source>
        <translation>%1 kann nicht gelesen werden: die Datei existiert nicht</translation>
    </message>
    <message>
        <source>cannot read %1: it is a directory</source>
        <translation>%1 kann nicht gelesen werden: es ist ein Ordner</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>cannot read %1</source>
        <translation>%1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>cannot read %1: the file is larger than %2 MiB</source>
        <translation>%1 kann nicht gelesen werden: die Datei ist größer als %2 MiB</translation>
    </message>
    <message>
        <source>cannot read %1: the file is larger than %2 GiB, the most the engine holds</source>
        <translation>%1 kann nicht gelesen werden: die Datei ist größer als %2 GiB, mehr fasst die Rechenmaschine nicht</translation>
    </message>
    <message>
        <source>cannot read %1: read error</source>
        <translation>%1 kann nicht gelesen werden: Lesefehler</translation>
    </message>
    <message>
        <source>cannot write %1: not a file name</source>
        <translation>%1 kann nicht geschrieben werden: kein Dateiname</translation>
    </message>
    <message>
        <source>cannot write %1: it is a directory</source>
        <translation>%1 kann nicht geschrieben werden: es ist ein Ordner</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>%1 kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>cannot write %1: write error (disk full?)</source>
        <translation>%1 kann nicht geschrieben werden: Schreibfehler (Datenträger voll?)</translation>
    </message>
    <message>
        <source>cannot write %1: the folder %2 does not exist</source>
        <translation>%1 kann nicht geschrieben werden: der Ordner %2 existiert nicht</translation>
    </message>
    <message>
        <source>cannot write %1: the encoder wrote nothing (disk full?)</source>
        <translation>%1 kann nicht geschrieben werden: der Encoder hat nichts geschrieben (Datenträger voll?)</translation>
    </message>
    <message>
        <source>cannot write %1: the SVG generator did not start</source>
        <translation>%1 kann nicht geschrieben werden: der SVG-Generator ist nicht gestartet</translation>
    </message>
    <message>
        <source>cannot write %1: the PDF writer did not start</source>
        <translation>%1 kann nicht geschrieben werden: der PDF-Writer ist nicht gestartet</translation>
    </message>
    <message>
        <source>cannot write %1: nothing was drawn</source>
        <translation>%1 kann nicht geschrieben werden: es wurde nichts gezeichnet</translation>
    </message>
    <message>
        <source>cannot write %1: a frame of the wrong size</source>
        <translation>%1 kann nicht geschrieben werden: ein Bild hat die falsche Größe</translation>
    </message>
    <message>
        <source>cannot write %1: not open</source>
        <translation>%1 kann nicht geschrieben werden: nicht geöffnet</translation>
    </message>
    <message>
        <source>cannot write %1: %2 failed (%3)</source>
        <translation>%1 kann nicht geschrieben werden: %2 ist fehlgeschlagen (%3)</translation>
    </message>
    <message>
        <source>cannot encode %1 as PNG: %2</source>
        <translation>%1 kann nicht als PNG kodiert werden: %2</translation>
    </message>
    <message>
        <source>cannot write %1: the image is empty</source>
        <translation>%1 kann nicht geschrieben werden: das Bild ist leer</translation>
    </message>
    <message>
        <source>cannot write %1: PNG holds 8- or 16-bit images with 1, 3 or 4 channels (convert with toDisplay first)</source>
        <translation>%1 kann nicht geschrieben werden: PNG speichert 8- oder 16-Bit-Bilder mit 1, 3 oder 4 Kanälen (zuerst mit toDisplay umwandeln)</translation>
    </message>
    <message>
        <source>cannot write %1: PNG encoding failed</source>
        <translation>%1 kann nicht geschrieben werden: die PNG-Kodierung ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>cannot write %1: PNG encoding failed (%2)</source>
        <translation>%1 kann nicht geschrieben werden: die PNG-Kodierung ist fehlgeschlagen (%2)</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>die Datei ist leer</translation>
    </message>
    <message>
        <source>export cancelled</source>
        <translation>Export abgebrochen</translation>
    </message>
    <message>
        <source>nothing to export: the scene has no valid picture yet</source>
        <translation>nichts zu exportieren: die Szene hat noch kein gültiges Bild</translation>
    </message>
    <message>
        <source>nothing to export</source>
        <translation>nichts zu exportieren</translation>
    </message>
    <message>
        <source>another export is still running</source>
        <translation>ein anderer Export läuft noch</translation>
    </message>
    <message>
        <source>the layer&apos;s output is still being computed: export again once it is shown</source>
        <translation>die Ausgabe der Schicht wird noch berechnet: exportieren Sie erneut, sobald sie angezeigt wird</translation>
    </message>
    <message>
        <source>speed %1 frames per second is out of range (%2 to %3)</source>
        <translation>die Geschwindigkeit %1 Bilder pro Sekunde liegt außerhalb des Bereichs (%2 bis %3)</translation>
    </message>
    <message>
        <source>the scene has no animation to export</source>
        <translation>die Szene hat keine Animation zum Exportieren</translation>
    </message>
    <message>
        <source>first step %1 is outside the animation (steps 0 to %2)</source>
        <translation>der erste Schritt %1 liegt außerhalb der Animation (Schritte 0 bis %2)</translation>
    </message>
    <message>
        <source>last step %1 is outside the animation (steps 0 to %2)</source>
        <translation>der letzte Schritt %1 liegt außerhalb der Animation (Schritte 0 bis %2)</translation>
    </message>
    <message>
        <source>first step %1 comes after the last step %2: swap them</source>
        <translation>der erste Schritt %1 liegt nach dem letzten Schritt %2: vertauschen Sie sie</translation>
    </message>
    <message>
        <source>steps %1 to %2 are %3 frames, more than the %4 an export may have: choose a shorter step range</source>
        <translation>die Schritte %1 bis %2 sind %3 Bilder, mehr als die %4, die ein Export haben darf: wählen Sie einen kürzeren Schrittbereich</translation>
    </message>
    <message>
        <source>size %1x%2 is out of range (sides from %3 to %4)</source>
        <translation>die Größe %1x%2 liegt außerhalb des Bereichs (Seiten von %3 bis %4)</translation>
    </message>
    <message>
        <source>cannot write %1: this OpenCV has no MP4 encoder (tried H.264 &apos;avc1&apos; and MPEG-4 &apos;mp4v&apos; through FFmpeg): export a GIF instead</source>
        <translation>%1 kann nicht geschrieben werden: dieses OpenCV hat keinen MP4-Encoder (versucht wurden H.264 &apos;avc1&apos; und MPEG-4 &apos;mp4v&apos; über FFmpeg): exportieren Sie stattdessen ein GIF</translation>
    </message>
    <message>
        <source>%1: %2 is an animation format</source>
        <translation>%1: %2 ist ein Animationsformat</translation>
    </message>
    <message>
        <source>%1: %2 is not an animation format (GIF or MP4)</source>
        <translation>%1: %2 ist kein Animationsformat (GIF oder MP4)</translation>
    </message>
    <message>
        <source>%1: the current view exports as .png, .svg or .pdf</source>
        <translation>%1: die aktuelle Ansicht wird als .png, .svg oder .pdf exportiert</translation>
    </message>
    <message>
        <source>cannot load %1: %2</source>
        <translation>%1 kann nicht geladen werden: %2</translation>
    </message>
    <message>
        <source>the image has %1 channels; ConvScope reads grey, RGB and RGBA images</source>
        <translation>das Bild hat %1 Kanäle; ConvScope liest Graustufen-, RGB- und RGBA-Bilder</translation>
    </message>
    <message>
        <source>its sample format is not supported: convert it to an 8- or 16-bit PNG</source>
        <translation>sein Sample-Format wird nicht unterstützt: wandeln Sie es in ein 8- oder 16-Bit-PNG um</translation>
    </message>
    <message>
        <source>the %1 header is truncated or damaged</source>
        <translation>der %1-Header ist abgeschnitten oder beschädigt</translation>
    </message>
    <message>
        <source>the %1 header says the image is %2x%3 pixels: it is empty or damaged</source>
        <translation>laut %1-Header ist das Bild %2x%3 Pixel groß: es ist leer oder beschädigt</translation>
    </message>
    <message>
        <source>the JPEG header leaves the height to a later DNL marker, which is not supported: re-save the image</source>
        <translation>der JPEG-Header überlässt die Höhe einem späteren DNL-Marker, was nicht unterstützt wird: speichern Sie das Bild neu</translation>
    </message>
    <message>
        <source>ConvScope cannot check the size of %1 images before decoding them: convert it to PNG</source>
        <translation>ConvScope kann die Größe von %1-Bildern vor dem Dekodieren nicht prüfen: wandeln Sie es in PNG um</translation>
    </message>
    <message>
        <source>not an image OpenCV can read (the file is not PNG, JPEG, BMP, TIFF, WebP or PNM): open a PNG or JPEG photo</source>
        <translation>kein Bild, das OpenCV lesen kann (die Datei ist weder PNG, JPEG, BMP, TIFF, WebP noch PNM): öffnen Sie ein PNG- oder JPEG-Foto</translation>
    </message>
    <message>
        <source>the image is %1x%2 = %3 megapixels; ConvScope opens images up to %4 megapixels: scale it down first</source>
        <translation>das Bild hat %1x%2 = %3 Megapixel; ConvScope öffnet Bilder bis %4 Megapixel: verkleinern Sie es zuerst</translation>
    </message>
    <message>
        <source>OpenCV 4.6 cannot decode GIF images: convert it to PNG</source>
        <translation>OpenCV 4.6 kann keine GIF-Bilder dekodieren: wandeln Sie es in PNG um</translation>
    </message>
    <message>
        <source>not an image OpenCV can read (%1)</source>
        <translation>kein Bild, das OpenCV lesen kann (%1)</translation>
    </message>
    <message>
        <source>not an image OpenCV can read (the %1 data is damaged or truncated)</source>
        <translation>kein Bild, das OpenCV lesen kann (die %1-Daten sind beschädigt oder abgeschnitten)</translation>
    </message>
    <message>
        <source>not a valid .npy file: %1</source>
        <translation>keine gültige .npy-Datei: %1</translation>
    </message>
    <message>
        <source>unsupported .npy data type &apos;%1&apos;: use float32 (&lt;f4), float64, uint8, int32 or int64, little-endian</source>
        <translation>nicht unterstützter .npy-Datentyp &apos;%1&apos;: verwenden Sie float32 (&lt;f4), float64, uint8, int32 oder int64, Little-Endian</translation>
    </message>
    <message>
        <source>the .npy shape has a dimension too large to hold</source>
        <translation>die .npy-Form hat eine Dimension, die zu groß ist</translation>
    </message>
    <message>
        <source>the header is not a dictionary</source>
        <translation>der Header ist kein Dictionary</translation>
    </message>
    <message>
        <source>a header key is not a string</source>
        <translation>ein Schlüssel im Header ist kein String</translation>
    </message>
    <message>
        <source>missing &apos;:&apos; after &apos;%1&apos; in the header</source>
        <translation>im Header fehlt &apos;:&apos; nach &apos;%1&apos;</translation>
    </message>
    <message>
        <source>&apos;descr&apos; is not a string</source>
        <translation>&apos;descr&apos; ist kein String</translation>
    </message>
    <message>
        <source>&apos;fortran_order&apos; is neither True nor False</source>
        <translation>&apos;fortran_order&apos; ist weder True noch False</translation>
    </message>
    <message>
        <source>&apos;shape&apos; is not a tuple</source>
        <translation>&apos;shape&apos; ist kein Tupel</translation>
    </message>
    <message>
        <source>&apos;shape&apos; holds something that is not a non-negative integer</source>
        <translation>&apos;shape&apos; enthält etwas, das keine nichtnegative ganze Zahl ist</translation>
    </message>
    <message>
        <source>&apos;shape&apos; has too many dimensions</source>
        <translation>&apos;shape&apos; hat zu viele Dimensionen</translation>
    </message>
    <message>
        <source>&apos;shape&apos; is not a tuple of integers</source>
        <translation>&apos;shape&apos; ist kein Tupel ganzer Zahlen</translation>
    </message>
    <message>
        <source>unexpected header key &apos;%1&apos;</source>
        <translation>unerwarteter Header-Schlüssel &apos;%1&apos;</translation>
    </message>
    <message>
        <source>missing &apos;,&apos; in the header</source>
        <translation>im Header fehlt &apos;,&apos;</translation>
    </message>
    <message>
        <source>the header lacks &apos;descr&apos;, &apos;fortran_order&apos; or &apos;shape&apos;</source>
        <translation>dem Header fehlt &apos;descr&apos;, &apos;fortran_order&apos; oder &apos;shape&apos;</translation>
    </message>
    <message>
        <source>it does not start with the NumPy magic string</source>
        <translation>sie beginnt nicht mit der NumPy-Kennung</translation>
    </message>
    <message>
        <source>the header is truncated</source>
        <translation>der Header ist abgeschnitten</translation>
    </message>
    <message>
        <source>unsupported format version %1 (versions 1, 2 and 3 are read): save it with numpy.save</source>
        <translation>nicht unterstützte Formatversion %1 (gelesen werden die Versionen 1, 2 und 3): speichern Sie sie mit numpy.save</translation>
    </message>
    <message>
        <source>the header claims %1 bytes (at most %2)</source>
        <translation>der Header gibt %1 Bytes an (höchstens %2)</translation>
    </message>
    <message>
        <source>the .npy shape is unusable: %1</source>
        <translation>die .npy-Form ist unbrauchbar: %1</translation>
    </message>
    <message>
        <source>the .npy shape is unusable: a dimension of %1 elements is too long (at most %2): reshape it</source>
        <translation>die .npy-Form ist unbrauchbar: eine Dimension mit %1 Elementen ist zu lang (höchstens %2): formen Sie sie um</translation>
    </message>
    <message>
        <source>the header&apos;s shape needs %1 bytes of data but the file has %2 (truncated?)</source>
        <translation>die Form im Header braucht %1 Bytes Daten, aber die Datei hat %2 (abgeschnitten?)</translation>
    </message>
    <message>
        <source>the header&apos;s shape needs %1 bytes of data but the file has %2</source>
        <translation>die Form im Header braucht %1 Bytes Daten, aber die Datei hat %2</translation>
    </message>
    <message>
        <source>cannot read weights from %1: not a folder</source>
        <translation>Gewichte aus %1 können nicht gelesen werden: kein Ordner</translation>
    </message>
    <message>
        <source>cannot list %1: %2</source>
        <translation>%1 kann nicht aufgelistet werden: %2</translation>
    </message>
    <message>
        <source>the weights in %1 are larger than 4 GiB</source>
        <translation>die Gewichte in %1 sind größer als 4 GiB</translation>
    </message>
    <message>
        <source>not an .npz archive (too short)</source>
        <translation>kein .npz-Archiv (zu kurz)</translation>
    </message>
    <message>
        <source>not an .npz archive (no zip directory)</source>
        <translation>kein .npz-Archiv (kein ZIP-Verzeichnis)</translation>
    </message>
    <message>
        <source>the zip directory is damaged</source>
        <translation>das ZIP-Verzeichnis ist beschädigt</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is compressed (np.savez_compressed): save with np.savez or as a folder of .npy files</source>
        <translation>&apos;%1&apos; ist komprimiert (np.savez_compressed): speichern Sie mit np.savez oder als Ordner von .npy-Dateien</translation>
    </message>
    <message>
        <source>the entry &apos;%1&apos; is damaged</source>
        <translation>der Eintrag &apos;%1&apos; ist beschädigt</translation>
    </message>
    <message>
        <source>the entry &apos;%1&apos; is truncated</source>
        <translation>der Eintrag &apos;%1&apos; ist abgeschnitten</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>muss eine ganze Zahl sein</translation>
    </message>
    <message>
        <source>%1 is out of range (%2 to %3)</source>
        <translation>%1 liegt außerhalb des Bereichs (%2 bis %3)</translation>
    </message>
    <message>
        <source>must be a number</source>
        <translation>muss eine Zahl sein</translation>
    </message>
    <message>
        <source>is out of range (%1 to %2)</source>
        <translation>liegt außerhalb des Bereichs (%1 bis %2)</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>muss true oder false sein</translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation>muss ein String sein</translation>
    </message>
    <message>
        <source>is too long</source>
        <translation>ist zu lang</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not one of %2 or %3</source>
        <translation>&apos;%1&apos; ist keiner der Werte %2 oder %3</translation>
    </message>
    <message>
        <source>must be a whole number or a list of them</source>
        <translation>muss eine ganze Zahl oder eine Liste ganzer Zahlen sein</translation>
    </message>
    <message>
        <source>has %1 values but the layer has %2 spatial dimension(s)</source>
        <translation>hat %1 Werte, aber die Schicht hat %2 räumliche Dimension(en)</translation>
    </message>
    <message>
        <source>must be a list of numbers</source>
        <translation>muss eine Liste von Zahlen sein</translation>
    </message>
    <message>
        <source>has %1 values, more than %2</source>
        <translation>hat %1 Werte, mehr als %2</translation>
    </message>
    <message>
        <source>holds a value that is not a finite float</source>
        <translation>enthält einen Wert, der keine endliche Gleitkommazahl ist</translation>
    </message>
    <message>
        <source>unknown field, ignored</source>
        <translation>unbekanntes Feld, ignoriert</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>muss ein Objekt sein</translation>
    </message>
    <message>
        <source>has %1 values but the grid has %2 x %3 x %4 cells</source>
        <translation>hat %1 Werte, aber das Raster hat %2 x %3 x %4 Zellen</translation>
    </message>
    <message>
        <source>an image input needs the path of the image</source>
        <translation>eine Bild-Eingabe braucht den Pfad des Bildes</translation>
    </message>
    <message>
        <source>must be [x, y, width, height] in pixels</source>
        <translation>muss [x, y, width, height] in Pixeln sein</translation>
    </message>
    <message>
        <source>width and height must be at least 1</source>
        <translation>Breite und Höhe müssen mindestens 1 sein</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number, a list of numbers, same or valid</source>
        <translation>&apos;%1&apos; ist weder eine Zahl noch eine Liste von Zahlen noch same oder valid</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not none or an activation (relu, leaky_relu, elu, gelu, silu, sigmoid, tanh)</source>
        <translation>&apos;%1&apos; ist weder none noch eine Aktivierung (relu, leaky_relu, elu, gelu, silu, sigmoid, tanh)</translation>
    </message>
    <message>
        <source>must be a list of 1 to 16 kernel preset names</source>
        <translation>muss eine Liste von 1 bis 16 Namen von Kernel-Vorlagen sein</translation>
    </message>
    <message>
        <source>must be a list of kernel preset names</source>
        <translation>muss eine Liste von Namen von Kernel-Vorlagen sein</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a kernel preset</source>
        <translation>&apos;%1&apos; ist keine Kernel-Vorlage</translation>
    </message>
    <message>
        <source>must be an object with output, input and preset</source>
        <translation>muss ein Objekt mit output, input und preset sein</translation>
    </message>
    <message>
        <source>needs output, input and preset</source>
        <translation>braucht output, input und preset</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not light or dark</source>
        <translation>&apos;%1&apos; ist weder light noch dark</translation>
    </message>
    <message>
        <source>not a valid scene: the JSON is nested deeper than %1 levels</source>
        <translation>keine gültige Szene: das JSON ist tiefer als %1 Ebenen verschachtelt</translation>
    </message>
    <message>
        <source>not a valid scene: the file is not JSON</source>
        <translation>keine gültige Szene: die Datei ist kein JSON</translation>
    </message>
    <message>
        <source>not a valid scene: the JSON is not an object</source>
        <translation>keine gültige Szene: das JSON ist kein Objekt</translation>
    </message>
    <message>
        <source>not a valid scene: format is &apos;%1&apos;, expected &apos;%2&apos;</source>
        <translation>keine gültige Szene: das Format ist &apos;%1&apos;, erwartet wird &apos;%2&apos;</translation>
    </message>
    <message>
        <source>this scene was written by a newer ConvScope (scene version %1; this version reads up to %2): update ConvScope to open it</source>
        <translation>diese Szene wurde von einem neueren ConvScope geschrieben (Szenenversion %1; diese Version liest bis %2): aktualisieren Sie ConvScope, um sie zu öffnen</translation>
    </message>
    <message>
        <source>not a valid scene: version must be at least 1</source>
        <translation>keine gültige Szene: version muss mindestens 1 sein</translation>
    </message>
    <message>
        <source>a signal input needs a 1-d layer (dims 1)</source>
        <translation>eine Signal-Eingabe braucht eine 1-d-Schicht (dims 1)</translation>
    </message>
    <message>
        <source>padding &apos;same&apos; is for convolutions: give pooling a number</source>
        <translation>Padding &apos;same&apos; gilt für Faltungen: geben Sie dem Pooling eine Zahl</translation>
    </message>
    <message>
        <source>the scene&apos;s image is not loaded</source>
        <translation>das Bild der Szene ist nicht geladen</translation>
    </message>
    <message>
        <source>the kernel is too large to show</source>
        <translation>der Kernel ist zu groß zum Anzeigen</translation>
    </message>
    <message>
        <source>the convolution has no kernel</source>
        <translation>die Faltung hat keinen Kernel</translation>
    </message>
    <message>
        <source>kernel preset: %1</source>
        <translation>Kernel-Vorlage: %1</translation>
    </message>
    <message>
        <source>layer %1: %2</source>
        <translation>Schicht %1: %2</translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation>ein Wahrheitswert</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>ein String</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>eine Liste</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <source>the number %1</source>
        <translation>die Zahl %1</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <source>a list of %1</source>
        <translation>eine Liste mit %1 Einträgen</translation>
    </message>
    <message>
        <source>%1 %2 is out of range (at most %3)</source>
        <translation>%1 %2 liegt außerhalb des Bereichs (höchstens %3)</translation>
    </message>
    <message>
        <source>%1 %2 is out of range (at least %3)</source>
        <translation>%1 %2 liegt außerhalb des Bereichs (mindestens %3)</translation>
    </message>
    <message>
        <source>%1 must be an integer, not %2</source>
        <translation>%1 muss eine ganze Zahl sein, nicht %2</translation>
    </message>
    <message>
        <source>missing field &apos;%1&apos;: %2</source>
        <translation>das Feld &apos;%1&apos; fehlt: %2</translation>
    </message>
    <message>
        <source>missing field &apos;%1&apos;</source>
        <translation>das Feld &apos;%1&apos; fehlt</translation>
    </message>
    <message>
        <source>the number of output channels</source>
        <translation>die Zahl der Ausgangskanäle</translation>
    </message>
    <message>
        <source>the kernel size</source>
        <translation>die Kernelgröße</translation>
    </message>
    <message>
        <source>the window size</source>
        <translation>die Fenstergröße</translation>
    </message>
    <message>
        <source>the number of outputs</source>
        <translation>die Zahl der Ausgaben</translation>
    </message>
    <message>
        <source>the number of input channels</source>
        <translation>die Zahl der Eingangskanäle</translation>
    </message>
    <message>
        <source>a list of 1, 2 or 3 spatial sizes</source>
        <translation>eine Liste mit 1, 2 oder 3 räumlichen Größen</translation>
    </message>
    <message>
        <source>a list of layers, e.g. [{&quot;type&quot;: &quot;relu&quot;}]</source>
        <translation>eine Liste von Schichten, z. B. [{&quot;type&quot;: &quot;relu&quot;}]</translation>
    </message>
    <message>
        <source>one of %1</source>
        <translation>eines von %1</translation>
    </message>
    <message>
        <source>a network spec starts with &quot;format&quot;: &quot;convscope-network&quot;</source>
        <translation>eine Netzwerkbeschreibung beginnt mit &quot;format&quot;: &quot;convscope-network&quot;</translation>
    </message>
    <message>
        <source>add &quot;version&quot;: 1</source>
        <translation>fügen Sie &quot;version&quot;: 1 hinzu</translation>
    </message>
    <message>
        <source>e.g. &quot;input&quot;: {&quot;channels&quot;: 3, &quot;size&quot;: [224, 224]}</source>
        <translation>z. B. &quot;input&quot;: {&quot;channels&quot;: 3, &quot;size&quot;: [224, 224]}</translation>
    </message>
    <message>
        <source>%1 must be true or false, not %2</source>
        <translation>%1 muss true oder false sein, nicht %2</translation>
    </message>
    <message>
        <source>%1 must be a number, not %2</source>
        <translation>%1 muss eine Zahl sein, nicht %2</translation>
    </message>
    <message>
        <source>%1 must be a string, not %2</source>
        <translation>%1 muss ein String sein, nicht %2</translation>
    </message>
    <message>
        <source>%1 has %2 entries but the input has %3 spatial dimension: give one integer or a list of %4</source>
        <translation>%1 hat %2 Einträge, aber die Eingabe hat %3 räumliche Dimension: geben Sie eine ganze Zahl oder eine Liste mit %4 an</translation>
    </message>
    <message>
        <source>%1 has %2 entries but the input has %3 spatial dimensions: give one integer or a list of %4</source>
        <translation>%1 hat %2 Einträge, aber die Eingabe hat %3 räumliche Dimensionen: geben Sie eine ganze Zahl oder eine Liste mit %4 an</translation>
    </message>
    <message>
        <source>%1 must be an integer or a list of %2 integers, not %3</source>
        <translation>%1 muss eine ganze Zahl oder eine Liste mit %2 ganzen Zahlen sein, nicht %3</translation>
    </message>
    <message>
        <source>unknown field &apos;%1&apos; is ignored</source>
        <translation>das unbekannte Feld &apos;%1&apos; wird ignoriert</translation>
    </message>
    <message>
        <source>padding &apos;%1&apos; is not &quot;same&quot;, &quot;valid&quot; or a number</source>
        <translation>padding &apos;%1&apos; ist weder &quot;same&quot; noch &quot;valid&quot; noch eine Zahl</translation>
    </message>
    <message>
        <source>padding &apos;%1&apos; is not &quot;valid&quot; or a number</source>
        <translation>padding &apos;%1&apos; ist weder &quot;valid&quot; noch eine Zahl</translation>
    </message>
    <message>
        <source>padding &apos;%1&apos; is not &quot;valid&quot; or a number: pooling takes no &quot;same&quot; padding, give a number</source>
        <translation>padding &apos;%1&apos; ist weder &quot;valid&quot; noch eine Zahl: Pooling kennt kein Padding &quot;same&quot;, geben Sie eine Zahl an</translation>
    </message>
    <message>
        <source>padding_mode &apos;%1&apos; is not one of &quot;zeros&quot;, &quot;reflect&quot;, &quot;replicate&quot;, &quot;circular&quot;</source>
        <translation>padding_mode &apos;%1&apos; ist keiner der Werte &quot;zeros&quot;, &quot;reflect&quot;, &quot;replicate&quot;, &quot;circular&quot;</translation>
    </message>
    <message>
        <source>must be an object with a &quot;type&quot;, not %1</source>
        <translation>muss ein Objekt mit &quot;type&quot; sein, nicht %1</translation>
    </message>
    <message>
        <source>name must be a string, not %1</source>
        <translation>name muss ein String sein, nicht %1</translation>
    </message>
    <message>
        <source>name must not be empty: leave it out for the default name</source>
        <translation>name darf nicht leer sein: lassen Sie es für den Standardnamen weg</translation>
    </message>
    <message>
        <source>type must be a string, not %1</source>
        <translation>type muss ein String sein, nicht %1</translation>
    </message>
    <message>
        <source>unknown type &apos;%1&apos;: use one of %2</source>
        <translation>unbekannter Typ &apos;%1&apos;: verwenden Sie einen von %2</translation>
    </message>
    <message>
        <source>format is %1, not &quot;convscope-network&quot;: this is not a ConvScope network spec</source>
        <translation>format ist %1, nicht &quot;convscope-network&quot;: das ist keine ConvScope-Netzwerkbeschreibung</translation>
    </message>
    <message>
        <source>the spec has version %1 but this ConvScope reads version %2: update ConvScope to open it</source>
        <translation>die Beschreibung hat Version %1, aber dieses ConvScope liest Version %2: aktualisieren Sie ConvScope, um sie zu öffnen</translation>
    </message>
    <message>
        <source>version %1 is not valid: the first version is 1</source>
        <translation>Version %1 ist ungültig: die erste Version ist 1</translation>
    </message>
    <message>
        <source>the JSON is nested deeper than %1 levels: a network spec needs only a few</source>
        <translation>das JSON ist tiefer als %1 Ebenen verschachtelt: eine Netzwerkbeschreibung braucht nur wenige</translation>
    </message>
    <message>
        <source>the spec is empty: a network spec is a JSON object with &quot;format&quot;: &quot;convscope-network&quot;</source>
        <translation>die Beschreibung ist leer: eine Netzwerkbeschreibung ist ein JSON-Objekt mit &quot;format&quot;: &quot;convscope-network&quot;</translation>
    </message>
    <message>
        <source>not valid JSON: %1</source>
        <translation>kein gültiges JSON: %1</translation>
    </message>
    <message>
        <source>a network spec is a JSON object with &quot;format&quot;: &quot;convscope-network&quot;, not %1</source>
        <translation>eine Netzwerkbeschreibung ist ein JSON-Objekt mit &quot;format&quot;: &quot;convscope-network&quot;, nicht %1</translation>
    </message>
    <message>
        <source>input must be an object like {&quot;channels&quot;: 3, &quot;size&quot;: [224, 224]}, not %1</source>
        <translation>input muss ein Objekt wie {&quot;channels&quot;: 3, &quot;size&quot;: [224, 224]} sein, nicht %1</translation>
    </message>
    <message>
        <source>size must be a list of 1, 2 or 3 integers, not %1</source>
        <translation>size muss eine Liste mit 1, 2 oder 3 ganzen Zahlen sein, nicht %1</translation>
    </message>
    <message>
        <source>layers must be a list, not %1</source>
        <translation>layers muss eine Liste sein, nicht %1</translation>
    </message>
    <message>
        <source>not valid JSON (%1 at byte %2)</source>
        <translation>kein gültiges JSON (%1 bei Byte %2)</translation>
    </message>
    <message>
        <source>a lecture must be a JSON object</source>
        <translation>eine Vorlesung muss ein JSON-Objekt sein</translation>
    </message>
    <message>
        <source>&quot;format&quot; must be &quot;convscope-lecture&quot;</source>
        <translation>&quot;format&quot; muss &quot;convscope-lecture&quot; sein</translation>
    </message>
    <message>
        <source>unsupported &quot;version&quot; (this ConvScope reads version 1)</source>
        <translation>nicht unterstützte &quot;version&quot; (dieses ConvScope liest Version 1)</translation>
    </message>
    <message>
        <source>&quot;title&quot; must be a string</source>
        <translation>&quot;title&quot; muss ein String sein</translation>
    </message>
    <message>
        <source>&quot;scenes&quot; must be a non-empty list of scene files</source>
        <translation>&quot;scenes&quot; muss eine nicht leere Liste von Szenendateien sein</translation>
    </message>
    <message>
        <source>too many scenes (at most %1)</source>
        <translation>zu viele Szenen (höchstens %1)</translation>
    </message>
    <message>
        <source>scene %1 must be a file name</source>
        <translation>Szene %1 muss ein Dateiname sein</translation>
    </message>
    <message>
        <source>scene %1 (%2) not found</source>
        <translation>Szene %1 (%2) nicht gefunden</translation>
    </message>
    <message>
        <source>cannot read the file</source>
        <translation>die Datei kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>the file is larger than 1 MB</source>
        <translation>die Datei ist größer als 1 MB</translation>
    </message>
    <message>
        <source>node &apos;%1&apos; (%2): %3</source>
        <translation>Knoten &apos;%1&apos; (%2): %3</translation>
    </message>
    <message>
        <source>OpenCV layer %1</source>
        <translation>OpenCV-Schicht %1</translation>
    </message>
    <message>
        <source>channel count</source>
        <translation>Kanalzahl</translation>
    </message>
    <message>
        <source>not an ONNX model (the file is damaged, truncated or of another kind)</source>
        <translation>kein ONNX-Modell (die Datei ist beschädigt, abgeschnitten oder von anderer Art)</translation>
    </message>
    <message>
        <source>OpenCV cannot read this ONNX model: %1</source>
        <translation>OpenCV kann dieses ONNX-Modell nicht lesen: %1</translation>
    </message>
    <message>
        <source>ConvScope has no %1 layer</source>
        <translation>ConvScope hat keine Schicht %1</translation>
    </message>
    <message>
        <source>only 1-D, 2-D and 3-D convolutions of (C, L), (C, H, W) or (C, D, H, W) feature maps with a constant weight are imported; it receives %1</source>
        <translation>importiert werden nur 1-D-, 2-D- und 3-D-Faltungen von Feature-Maps (C, L), (C, H, W) oder (C, D, H, W) mit konstantem Gewicht; sie erhält %1</translation>
    </message>
    <message>
        <source>its weight has %1 input channels per group, which does not divide the %2 channels it receives</source>
        <translation>ihr Gewicht hat %1 Eingangskanäle pro Gruppe, was die %2 Kanäle, die sie erhält, nicht teilt</translation>
    </message>
    <message>
        <source>padding %1 before and %2 after (%3) is asymmetric; ConvScope pads both sides equally</source>
        <translation>Padding %1 davor und %2 danach (%3) ist asymmetrisch; ConvScope füllt beide Seiten gleich auf</translation>
    </message>
    <message>
        <source>auto_pad SAME with a stride above 1 has no ConvScope equivalent</source>
        <translation>auto_pad SAME mit einer Schrittweite über 1 hat in ConvScope keine Entsprechung</translation>
    </message>
    <message>
        <source>auto_pad %1 is not supported</source>
        <translation>auto_pad %1 wird nicht unterstützt</translation>
    </message>
    <message>
        <source>a separate padding before a convolution with auto_pad SAME has no ConvScope equivalent</source>
        <translation>ein eigenes Padding vor einer Faltung mit auto_pad SAME hat in ConvScope keine Entsprechung</translation>
    </message>
    <message>
        <source>a %1 padding before a convolution that pads with zeros as well has no ConvScope equivalent</source>
        <translation>ein %1-Padding vor einer Faltung, die zusätzlich mit Nullen auffüllt, hat in ConvScope keine Entsprechung</translation>
    </message>
    <message>
        <source>its bias has %1 values for %2 output channels</source>
        <translation>ihr Bias hat %1 Werte für %2 Ausgangskanäle</translation>
    </message>
    <message>
        <source>only max and average pooling are imported</source>
        <translation>importiert werden nur Max- und Average-Pooling</translation>
    </message>
    <message>
        <source>pooling needs (C, L), (C, H, W) or (C, D, H, W) feature maps; it receives %1</source>
        <translation>Pooling braucht Feature-Maps (C, L), (C, H, W) oder (C, D, H, W); es erhält %1</translation>
    </message>
    <message>
        <source>a separate padding before a global pooling has no ConvScope equivalent</source>
        <translation>ein eigenes Padding vor einem globalen Pooling hat in ConvScope keine Entsprechung</translation>
    </message>
    <message>
        <source>its kernel_shape does not have %1 sizes for its %2 input</source>
        <translation>sein kernel_shape hat nicht %1 Größen für seine Eingabe %2</translation>
    </message>
    <message>
        <source>dilated average pooling has no ConvScope equivalent</source>
        <translation>dilatiertes Average-Pooling hat in ConvScope keine Entsprechung</translation>
    </message>
    <message>
        <source>zeros padded before a max pool can win the maximum, unlike the pool&apos;s own padding; ConvScope has no equivalent</source>
        <translation>vor einem Max-Pooling aufgefüllte Nullen können anders als das eigene Padding des Poolings das Maximum gewinnen; ConvScope hat keine Entsprechung</translation>
    </message>
    <message>
        <source>a %1 padding before a pooling has no ConvScope equivalent (only convolutions reflect or replicate their border)</source>
        <translation>ein %1-Padding vor einem Pooling hat in ConvScope keine Entsprechung (nur Faltungen spiegeln oder wiederholen ihren Rand)</translation>
    </message>
    <message>
        <source>a separate padding before a pooling with ceil_mode has no ConvScope equivalent</source>
        <translation>ein eigenes Padding vor einem Pooling mit ceil_mode hat in ConvScope keine Entsprechung</translation>
    </message>
    <message>
        <source>a separate padding before an average pool that leaves its own padding out of the average has no ConvScope equivalent</source>
        <translation>ein eigenes Padding vor einem Average-Pooling, das sein eigenes Padding nicht mittelt, hat in ConvScope keine Entsprechung</translation>
    </message>
    <message>
        <source>it pads flat features; ConvScope imports paddings of feature maps before a convolution or pooling</source>
        <translation>es füllt flache Merkmale auf; ConvScope importiert Paddings von Feature-Maps vor einer Faltung oder einem Pooling</translation>
    </message>
    <message>
        <source>its mode %1 has no ConvScope equivalent</source>
        <translation>sein Modus %1 hat in ConvScope keine Entsprechung</translation>
    </message>
    <message>
        <source>OpenCV gives it an output of another rank</source>
        <translation>OpenCV gibt ihm eine Ausgabe anderen Rangs</translation>
    </message>
    <message>
        <source>negative pads (cropping) are not imported</source>
        <translation>negative Paddings (Zuschneiden) werden nicht importiert</translation>
    </message>
    <message>
        <source>it pads the batch dimension; ConvScope pads only the spatial dimensions</source>
        <translation>es füllt die Batch-Dimension auf; ConvScope füllt nur die räumlichen Dimensionen auf</translation>
    </message>
    <message>
        <source>it pads the channel dimension; ConvScope pads only the spatial dimensions</source>
        <translation>es füllt die Kanal-Dimension auf; ConvScope füllt nur die räumlichen Dimensionen auf</translation>
    </message>
    <message>
        <source>it pads by %1; ConvScope imports paddings up to 4096</source>
        <translation>es füllt um %1 auf; ConvScope importiert Paddings bis 4096</translation>
    </message>
    <message>
        <source>two separate paddings in a row are not imported</source>
        <translation>zwei eigene Paddings hintereinander werden nicht importiert</translation>
    </message>
    <message>
        <source>its padding is too large to import</source>
        <translation>sein Padding ist zu groß zum Importieren</translation>
    </message>
    <message>
        <source>OpenCV cannot apply this padding to %1 feature maps: %2</source>
        <translation>OpenCV kann dieses Padding nicht auf Feature-Maps %1 anwenden: %2</translation>
    </message>
    <message>
        <source>its pads could not be read</source>
        <translation>seine Paddings konnten nicht gelesen werden</translation>
    </message>
    <message>
        <source>it pads %1: asymmetric padding has no ConvScope equivalent (ConvScope pads both sides equally)</source>
        <translation>es füllt %1 auf: asymmetrisches Padding hat in ConvScope keine Entsprechung (ConvScope füllt beide Seiten gleich auf)</translation>
    </message>
    <message>
        <source>%1 before and %2 after (%3)</source>
        <translation>%1 davor und %2 danach (%3)</translation>
    </message>
    <message>
        <source>%1 before and %2 after (%3), %4</source>
        <translation>%1 davor und %2 danach (%3), %4</translation>
    </message>
    <message>
        <source>it pads with the value %1; ConvScope pads with zeros</source>
        <translation>es füllt mit dem Wert %1 auf; ConvScope füllt mit Nullen auf</translation>
    </message>
    <message>
        <source>unexpected parameters (%1 tensors)</source>
        <translation>unerwartete Parameter (%1 Tensoren)</translation>
    </message>
    <message>
        <source>its parameters have %1 values for %2 channels</source>
        <translation>seine Parameter haben %1 Werte für %2 Kanäle</translation>
    </message>
    <message>
        <source>only a linear layer with a constant weight matrix is imported</source>
        <translation>importiert wird nur eine lineare Schicht mit konstanter Gewichtsmatrix</translation>
    </message>
    <message>
        <source>its weight takes %1 features, but it receives %2</source>
        <translation>ihr Gewicht nimmt %1 Merkmale, sie erhält aber %2</translation>
    </message>
    <message>
        <source>its bias has %1 values for %2 outputs</source>
        <translation>ihr Bias hat %1 Werte für %2 Ausgaben</translation>
    </message>
    <message>
        <source>a reshape to (%1) is not a flatten to (batch, %2); ConvScope imports sequential CNNs whose only reshape is a flatten</source>
        <translation>ein Reshape zu (%1) ist kein Flatten zu (batch, %2); ConvScope importiert sequenzielle CNNs, deren einziges Reshape ein Flatten ist</translation>
    </message>
    <message>
        <source>a per-element scale or shift is only imported as the bias of the linear layer (MatMul) right before it</source>
        <translation>eine elementweise Skalierung oder Verschiebung wird nur als Bias der linearen Schicht (MatMul) direkt davor importiert</translation>
    </message>
    <message>
        <source>the model has %1 inputs; ConvScope imports sequential CNNs with one image input</source>
        <translation>das Modell hat %1 Eingaben; ConvScope importiert sequenzielle CNNs mit einer Bildeingabe</translation>
    </message>
    <message>
        <source>the input &apos;%1&apos; has %2 dimensions; ConvScope imports CNNs with an input of shape (N, C, L), (N, C, H, W) or (N, C, D, H, W)</source>
        <translation>die Eingabe &apos;%1&apos; hat %2 Dimensionen; ConvScope importiert CNNs mit einer Eingabe der Form (N, C, L), (N, C, H, W) oder (N, C, D, H, W)</translation>
    </message>
    <message>
        <source>the input &apos;%1&apos; has no shape; ConvScope imports CNNs with an input of shape (N, C, L), (N, C, H, W) or (N, C, D, H, W)</source>
        <translation>die Eingabe &apos;%1&apos; hat keine Form; ConvScope importiert CNNs mit einer Eingabe der Form (N, C, L), (N, C, H, W) oder (N, C, D, H, W)</translation>
    </message>
    <message>
        <source>the input&apos;s %1 is not fixed in the file (&apos;%2&apos;): export the model with a fixed input size (no dynamic axes but the batch)</source>
        <translation>die %1 der Eingabe ist in der Datei nicht festgelegt (&apos;%2&apos;): exportieren Sie das Modell mit fester Eingabegröße (keine dynamischen Achsen außer dem Batch)</translation>
    </message>
    <message>
        <source>the input&apos;s %1 is not fixed in the file: export the model with a fixed input size (no dynamic axes but the batch)</source>
        <translation>die %1 der Eingabe ist in der Datei nicht festgelegt: exportieren Sie das Modell mit fester Eingabegröße (keine dynamischen Achsen außer dem Batch)</translation>
    </message>
    <message>
        <source>the model has no layers</source>
        <translation>das Modell hat keine Schichten</translation>
    </message>
    <message>
        <source>it combines %1 tensors, so the graph branches (a skip connection or parallel paths); ConvScope imports sequential CNNs only</source>
        <translation>es kombiniert %1 Tensoren, der Graph verzweigt sich also (eine Skip-Verbindung oder parallele Pfade); ConvScope importiert nur sequenzielle CNNs</translation>
    </message>
    <message>
        <source>it reads the model&apos;s input rather than the node before it, so the graph branches; ConvScope imports sequential CNNs only</source>
        <translation>es liest die Eingabe des Modells statt des Knotens davor, der Graph verzweigt sich also; ConvScope importiert nur sequenzielle CNNs</translation>
    </message>
    <message>
        <source>it reads &apos;%1&apos; rather than the node before it, so the graph branches; ConvScope imports sequential CNNs only</source>
        <translation>es liest &apos;%1&apos; statt des Knotens davor, der Graph verzweigt sich also; ConvScope importiert nur sequenzielle CNNs</translation>
    </message>
    <message>
        <source>a separate padding is imported only right before a convolution or pooling, into whose padding it is folded; it is followed by %1</source>
        <translation>ein eigenes Padding wird nur direkt vor einer Faltung oder einem Pooling importiert, in dessen Padding es aufgeht; ihm folgt %1</translation>
    </message>
    <message>
        <source>folded into the layer after it: %1</source>
        <translation>in die Schicht danach eingefügt: %1</translation>
    </message>
    <message>
        <source>a flatten from axis %1 is not supported (only from axis 1, as nn.Flatten())</source>
        <translation>ein Flatten ab Achse %1 wird nicht unterstützt (nur ab Achse 1, wie nn.Flatten())</translation>
    </message>
    <message>
        <source>ConvScope has no such layer; it imports sequential CNNs made of Conv, MaxPool, AveragePool, Relu, LeakyRelu, Elu, Sigmoid, Tanh, BatchNormalization, Flatten and Gemm/MatMul</source>
        <translation>ConvScope hat keine solche Schicht; es importiert sequenzielle CNNs aus Conv, MaxPool, AveragePool, Relu, LeakyRelu, Elu, Sigmoid, Tanh, BatchNormalization, Flatten und Gemm/MatMul</translation>
    </message>
    <message>
        <source>a separate padding at the end of the model has no ConvScope equivalent</source>
        <translation>ein eigenes Padding am Ende des Modells hat in ConvScope keine Entsprechung</translation>
    </message>
    <message>
        <source>the model has %1 outputs; ConvScope imports sequential CNNs with one output</source>
        <translation>das Modell hat %1 Ausgaben; ConvScope importiert sequenzielle CNNs mit einer Ausgabe</translation>
    </message>
    <message>
        <source>the model has no layer ConvScope can show</source>
        <translation>das Modell hat keine Schicht, die ConvScope zeigen kann</translation>
    </message>
    <message>
        <source>the imported layers give an output of shape %1, but the file says the model&apos;s output is different; the model uses an operator in a way ConvScope does not understand</source>
        <translation>die importierten Schichten ergeben eine Ausgabe der Form %1, laut Datei ist die Ausgabe des Modells aber anders; das Modell verwendet einen Operator auf eine Weise, die ConvScope nicht versteht</translation>
    </message>
    <message>
        <source>node &apos;%1&apos; (%2)</source>
        <translation>Knoten &apos;%1&apos; (%2)</translation>
    </message>
    <message>
        <source>%1 became the padding of %2</source>
        <translation>%1 wurde zum Padding von %2</translation>
    </message>
    <message>
        <source>%1 became the bias of %2</source>
        <translation>%1 wurde zum Bias von %2</translation>
    </message>
    <message>
        <source>the model was exported for a batch of %1; ConvScope runs one image at a time</source>
        <translation>das Modell wurde für einen Batch von %1 exportiert; ConvScope rechnet ein Bild nach dem anderen</translation>
    </message>
    <message>
        <source>%1 flattens its input: a flatten layer was added before it</source>
        <translation>%1 macht seine Eingabe flach: davor wurde eine Flatten-Schicht eingefügt</translation>
    </message>
    <message>
        <source>%1 was left out: dropout is the identity at inference</source>
        <translation>%1 wurde weggelassen: Dropout ist bei der Inferenz die Identität</translation>
    </message>
    <message>
        <source>must be a list of at most 256 {&quot;output&quot;, &quot;input&quot;, &quot;preset&quot;} objects</source>
        <translation>muss eine Liste von höchstens 256 {&quot;output&quot;, &quot;input&quot;, &quot;preset&quot;}-Objekten sein</translation>
    </message>
    <message>
        <source>the colour table</source>
        <translation>die Farbtabelle</translation>
    </message>
    <message>
        <source>the screen descriptor</source>
        <translation>der Bildschirm-Deskriptor</translation>
    </message>
    <message>
        <source>the loop extension</source>
        <translation>die Schleifen-Erweiterung</translation>
    </message>
    <message>
        <source>a frame&apos;s delay</source>
        <translation>die Verzögerung eines Bildes</translation>
    </message>
    <message>
        <source>a frame&apos;s descriptor</source>
        <translation>der Deskriptor eines Bildes</translation>
    </message>
    <message>
        <source>a frame&apos;s pixels</source>
        <translation>die Pixel eines Bildes</translation>
    </message>
    <message>
        <source>unknown giflib error</source>
        <translation>unbekannter giflib-Fehler</translation>
    </message>
    <message>
        <source>cannot open</source>
        <translation>Öffnen fehlgeschlagen</translation>
    </message>
    <message>
        <source>close failed</source>
        <translation>Schließen fehlgeschlagen</translation>
    </message>
    <message>
        <source>the weight &apos;%1&apos; has shape %2 but the layer needs %3: check the layer&apos;s parameters or the weights file</source>
        <translation>das Gewicht &apos;%1&apos; hat die Form %2, aber die Schicht braucht %3: prüfen Sie die Parameter der Schicht oder die Gewichtsdatei</translation>
    </message>
    <message>
        <source>the input has %1 channels but the network needs %2</source>
        <translation>die Eingabe hat %1 Kanäle, aber das Netzwerk braucht %2</translation>
    </message>
    <message>
        <source>unknown kernel preset &apos;%1&apos;: choose one of %2</source>
        <translation>unbekannte Kernel-Vorlage &apos;%1&apos;: wählen Sie eine von %2</translation>
    </message>
    <message>
        <source>kernel size %1 is out of range: each side must be 1 to %2</source>
        <translation>die Kernelgröße %1 liegt außerhalb des Bereichs: jede Seite muss 1 bis %2 sein</translation>
    </message>
    <message>
        <source>the %1 kernel is 3x3 only, not %2: set the kernel size to 3x3, or use box, gaussian or gabor for other sizes</source>
        <translation>der Kernel %1 ist nur 3x3, nicht %2: stellen Sie die Kernelgröße auf 3x3 oder verwenden Sie box, gaussian oder gabor für andere Größen</translation>
    </message>
    <message>
        <source>the identity kernel needs odd sizes (it has a centre cell), not %1: use 1x1, 3x3 or 5x5</source>
        <translation>der Identitätskernel braucht ungerade Größen (er hat eine Mittelzelle), nicht %1: verwenden Sie 1x1, 3x3 oder 5x5</translation>
    </message>
    <message>
        <source>the Gaussian&apos;s sigma must be a number</source>
        <translation>das Sigma des Gauß-Kernels muss eine Zahl sein</translation>
    </message>
    <message>
        <source>the Gabor kernel needs a positive wavelength and aspect ratio: check lambda and gamma</source>
        <translation>der Gabor-Kernel braucht eine positive Wellenlänge und ein positives Seitenverhältnis: prüfen Sie lambda und gamma</translation>
    </message>
    <message>
        <source>a filter bank needs a 1-d or 2-d convolution weight (O, C, kH, kW); this one has shape %1</source>
        <translation>eine Filterbank braucht ein 1-d- oder 2-d-Faltungsgewicht (O, C, kH, kW); dieses hat die Form %1</translation>
    </message>
    <message>
        <source>cell size %1 px is outside 1 to 64</source>
        <translation>die Zellgröße %1 px liegt außerhalb von 1 bis 64</translation>
    </message>
    <message>
        <source>the filter bank would be %1 x %2 px (at most %3 per side): use a smaller cell size</source>
        <translation>die Filterbank wäre %1 x %2 px groß (höchstens %3 je Seite): verwenden Sie eine kleinere Zellgröße</translation>
    </message>
    <message>
        <source>a region can become the kernel of a 2-D layer only</source>
        <translation>ein Bereich kann nur zum Kernel einer 2-D-Schicht werden</translation>
    </message>
    <message>
        <source>the layer&apos;s groups do not divide its channels</source>
        <translation>die Gruppen der Schicht teilen ihre Kanäle nicht</translation>
    </message>
    <message>
        <source>there is no output channel %1</source>
        <translation>es gibt keinen Ausgangskanal %1</translation>
    </message>
    <message>
        <source>the region is flat: with its mean removed the kernel would be all zeros</source>
        <translation>der Bereich ist flach: ohne seinen Mittelwert wäre der Kernel überall null</translation>
    </message>
    <message>
        <source>cannot write %1: only a grey or RGB photo can be saved</source>
        <translation>%1 kann nicht geschrieben werden: nur ein Grau- oder RGB-Foto kann gespeichert werden</translation>
    </message>
    <message>
        <source>the PNG data is damaged or truncated: its %1 chunk at byte %2 claims %3 bytes and only %4 follow</source>
        <translation>die PNG-Daten sind beschädigt oder abgeschnitten: ihr %1-Chunk bei Byte %2 gibt %3 Bytes an, es folgen aber nur %4</translation>
    </message>
</context>
<context>
    <name>Exercises</name>
    <message>
        <source>length</source>
        <translation>Länge</translation>
    </message>
    <message>
        <source>depth</source>
        <translation>Tiefe</translation>
    </message>
    <message>
        <source>height</source>
        <translation>Höhe</translation>
    </message>
    <message>
        <source>width</source>
        <translation>Breite</translation>
    </message>
    <message>
        <source>%1 input channel</source>
        <translation>%1 Eingangskanal</translation>
    </message>
    <message>
        <source>%1 input channels</source>
        <translation>%1 Eingangskanäle</translation>
    </message>
    <message>
        <source>%1 output channel</source>
        <translation>%1 Ausgangskanal</translation>
    </message>
    <message>
        <source>%1 output channels</source>
        <translation>%1 Ausgangskanäle</translation>
    </message>
    <message>
        <source>max pooling</source>
        <translation>Max-Pooling</translation>
    </message>
    <message>
        <source>average pooling</source>
        <translation>Average-Pooling</translation>
    </message>
    <message>
        <source>sum pooling</source>
        <translation>Summen-Pooling</translation>
    </message>
    <message>
        <source>%1 conv, stride %2</source>
        <translation>%1-Faltung, Schrittweite %2</translation>
    </message>
    <message>
        <source>, dilation %1</source>
        <translation>, Dilatation %1</translation>
    </message>
    <message>
        <source>%1 %2, stride %3</source>
        <translation>%1 %2, Schrittweite %3</translation>
    </message>
    <message>
        <source>input shape %1</source>
        <translation>Eingabeform %1</translation>
    </message>
    <message>
        <source>a %1d-convolution with kernel size %2, %3, %4</source>
        <translation>eine %1d-Faltung mit Kernelgröße %2, %3, %4</translation>
    </message>
    <message>
        <source>, groups %1</source>
        <translation>, Gruppen %1</translation>
    </message>
    <message>
        <source>, with bias</source>
        <translation>, mit Bias</translation>
    </message>
    <message>
        <source>, no bias</source>
        <translation>, ohne Bias</translation>
    </message>
    <message>
        <source>Parameters of a convolution</source>
        <translation>Parameter einer Faltung</translation>
    </message>
    <message>
        <source>Output shape of a convolution</source>
        <translation>Ausgabeform einer Faltung</translation>
    </message>
    <message>
        <source>Receptive field of a stack</source>
        <translation>Rezeptives Feld eines Stapels</translation>
    </message>
    <message>
        <source>Output shape of pooling</source>
        <translation>Ausgabeform beim Pooling</translation>
    </message>
    <message>
        <source>Fully connected vs convolution</source>
        <translation>Vollständig verbunden vs. Faltung</translation>
    </message>
    <message>
        <source>Basic</source>
        <translation>Grundstufe</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Fortgeschritten</translation>
    </message>
    <message>
        <source>Exercise %1</source>
        <translation>Aufgabe %1</translation>
    </message>
    <message>
        <source>Compute the number of trainable parameters.</source>
        <translation>Berechnen Sie die Anzahl der trainierbaren Parameter.</translation>
    </message>
    <message>
        <source>a depth-wise separable convolution on %1 channels: a %2 depth-wise convolution (groups %3, %1 → %4 channels) followed by a 1×1 convolution (%4 → %5 channels), both without bias</source>
        <translation>eine tiefenweise separierbare Faltung auf %1 Kanälen: eine tiefenweise %2-Faltung (Gruppen %3, %1 → %4 Kanäle), gefolgt von einer 1×1-Faltung (%4 → %5 Kanäle), beide ohne Bias</translation>
    </message>
    <message>
        <source>%1, %2d-conv, kernel size %3, %4, stride %5, padding %6</source>
        <translation>%1, %2d-Faltung, Kernelgröße %3, %4, Schrittweite %5, Padding %6</translation>
    </message>
    <message>
        <source>Compute the output feature map shape (assume batch-size is 1).</source>
        <translation>Berechnen Sie die Form der Ausgabe-Feature-Map (Batchgröße 1).</translation>
    </message>
    <message>
        <source>%1, %2d %3, kernel size %4, stride %5, padding %6</source>
        <translation>%1, %2d-%3, Kernelgröße %4, Schrittweite %5, Padding %6</translation>
    </message>
    <message>
        <source>Compute the theoretical receptive field of one output of the last layer: its side length in input pixels.</source>
        <translation>Berechnen Sie das theoretische rezeptive Feld einer Ausgabe der letzten Schicht: seine Seitenlänge in Eingabepixeln.</translation>
    </message>
    <message>
        <source>a stack of %1d layers: %2</source>
        <translation>ein Stapel aus %1d-Schichten: %2</translation>
    </message>
    <message>
        <source>Compute the number of trainable parameters of a fully connected layer that does a convolution&apos;s job.</source>
        <translation>Berechnen Sie die Anzahl der trainierbaren Parameter einer vollständig verbundenen Schicht, die die Aufgabe einer Faltung übernimmt.</translation>
    </message>
    <message>
        <source>A %1d-conv with kernel size %2, %3 output channels, stride %4, padding %5 and bias maps an input of shape %6 to a feature map. A fully connected layer with bias maps the same input, flattened, to as many outputs as that feature map has values. How many trainable parameters does the fully connected layer have?</source>
        <translation>Eine %1d-Faltung mit Kernelgröße %2, %3 Ausgangskanälen, Schrittweite %4, Padding %5 und Bias bildet eine Eingabe der Form %6 auf eine Feature-Map ab. Eine vollständig verbundene Schicht mit Bias bildet dieselbe Eingabe, abgeflacht, auf so viele Ausgaben ab, wie diese Feature-Map Werte hat. Wie viele trainierbare Parameter hat die vollständig verbundene Schicht?</translation>
    </message>
    <message>
        <source>channels: pooling treats each channel on its own, so C stays</source>
        <translation>Kanäle: Pooling behandelt jeden Kanal für sich, C bleibt also gleich</translation>
    </message>
    <message>
        <source>channels: one per kernel</source>
        <translation>Kanäle: einer pro Kernel</translation>
    </message>
    <message>
        <source>convolution&apos;s output %1</source>
        <translation>Ausgabe der Faltung: %1</translation>
    </message>
    <message>
        <source>kernel weights for every input and output channel, plus one bias per output channel</source>
        <translation>Kernelgewichte für jeden Ein- und Ausgangskanal, plus ein Bias pro Ausgangskanal</translation>
    </message>
    <message>
        <source>kernel weights for every input and output channel, no bias</source>
        <translation>Kernelgewichte für jeden Ein- und Ausgangskanal, ohne Bias</translation>
    </message>
    <message>
        <source>for comparison, the convolution: %1</source>
        <translation>zum Vergleich die Faltung: %1</translation>
    </message>
    <message>
        <source>with groups g = %1, each kernel sees C_in / g channels: %2</source>
        <translation>mit g = %1 Gruppen sieht jeder Kernel C_in / g Kanäle: %2</translation>
    </message>
    <message>
        <source>depth-wise convolution: groups = C, each kernel sees one channel</source>
        <translation>tiefenweise Faltung: Gruppen = C, jeder Kernel sieht einen Kanal</translation>
    </message>
    <message>
        <source>1×1 convolution: combines the channels at each position</source>
        <translation>1×1-Faltung: kombiniert die Kanäle an jeder Position</translation>
    </message>
    <message>
        <source>the depth-wise separable pair, in all</source>
        <translation>das tiefenweise separierbare Paar insgesamt</translation>
    </message>
    <message>
        <source>for comparison, a vanilla convolution with the same kernel, C → C</source>
        <translation>zum Vergleich eine gewöhnliche Faltung mit demselben Kernel, C → C</translation>
    </message>
    <message>
        <source>parameters saved by the separable pair</source>
        <translation>durch das separierbare Paar eingesparte Parameter</translation>
    </message>
    <message>
        <source>before any layer, an input pixel sees itself</source>
        <translation>vor der ersten Schicht sieht ein Eingabepixel nur sich selbst</translation>
    </message>
    <message>
        <source>after layer %1 (%2), no stride before it</source>
        <translation>nach Schicht %1 (%2), ohne Schrittweite davor</translation>
    </message>
    <message>
        <source>after layer %1 (%2), times the strides before it</source>
        <translation>nach Schicht %1 (%2), mal die Schrittweiten davor</translation>
    </message>
    <message>
        <source>inputs of the fully connected layer: the flattened input</source>
        <translation>Eingaben der vollständig verbundenen Schicht: die abgeflachte Eingabe</translation>
    </message>
    <message>
        <source>outputs: as many as the convolution&apos;s feature map has values</source>
        <translation>Ausgaben: so viele, wie die Feature-Map der Faltung Werte hat</translation>
    </message>
    <message>
        <source>one weight per input–output pair, plus one bias per output</source>
        <translation>ein Gewicht pro Eingabe-Ausgabe-Paar, plus ein Bias pro Ausgabe</translation>
    </message>
    <message>
        <source>the fully connected layer needs about %1 times as many parameters: the convolution shares one small kernel over all positions</source>
        <translation>die vollständig verbundene Schicht braucht etwa %1-mal so viele Parameter: die Faltung verwendet einen kleinen Kernel an allen Positionen</translation>
    </message>
    <message>
        <source>Write the shape as %1, e.g. %2 or %3</source>
        <translation>Schreiben Sie die Form als %1, z. B. %2 oder %3</translation>
    </message>
    <message>
        <source>Write one whole number, e.g. 1234 or 1,234</source>
        <translation>Schreiben Sie eine ganze Zahl, z. B. 1234 oder 1,234</translation>
    </message>
    <message>
        <source>Correct: %1.</source>
        <translation>Richtig: %1.</translation>
    </message>
    <message>
        <source>Type your answer first. %1.</source>
        <translation>Geben Sie zuerst Ihre Antwort ein. %1.</translation>
    </message>
    <message>
        <source>The shape has %1 entries, %2 (channels first); you wrote %3.</source>
        <translation>Die Form hat %1 Einträge, %2 (Kanäle zuerst); Sie haben %3 geschrieben.</translation>
    </message>
    <message>
        <source>The answer is one number; you wrote %1. %2.</source>
        <translation>Die Antwort ist eine Zahl; Sie haben %1 geschrieben. %2.</translation>
    </message>
    <message>
        <source>That is not readable as an answer. %1.</source>
        <translation>Das lässt sich nicht als Antwort lesen. %1.</translation>
    </message>
    <message>
        <source>Not quite: you wrote %1.</source>
        <translation>Nicht ganz: Sie haben %1 geschrieben.</translation>
    </message>
    <message>
        <source>channels</source>
        <translation>Kanäle</translation>
    </message>
    <message>
        <source> Right: %1. Check: %2.</source>
        <translation> Richtig: %1. Prüfen: %2.</translation>
    </message>
    <message>
        <source> Try again, or show the solution.</source>
        <translation> Versuchen Sie es noch einmal oder lassen Sie sich die Lösung zeigen.</translation>
    </message>
    <message>
        <source>shown with %1 of %2 input channels and %3 of %4 output channels</source>
        <translation>dargestellt mit %1 von %2 Eingangskanälen und %3 von %4 Ausgangskanälen</translation>
    </message>
    <message>
        <source>shown with %1 of %2 input channels</source>
        <translation>dargestellt mit %1 von %2 Eingangskanälen</translation>
    </message>
    <message>
        <source>shown with %1 of %2 output channels</source>
        <translation>dargestellt mit %1 von %2 Ausgangskanälen</translation>
    </message>
    <message>
        <source>Lecture: Exercise I and II</source>
        <translation>Vorlesung: Aufgabe I und II</translation>
    </message>
    <message>
        <source>Generated set, seed %1</source>
        <translation>Erzeugter Satz, Seed %1</translation>
    </message>
    <message>
        <source>Computing the number of trainable parameters.</source>
        <translation>Berechnen Sie die Anzahl der trainierbaren Parameter.</translation>
    </message>
    <message>
        <source>Compute the output feature map shape (assume batch-size is 1)</source>
        <translation>Berechnen Sie die Form der Ausgabe-Feature-Map (Batchgröße 1)</translation>
    </message>
    <message>
        <source>Exercise I (a)</source>
        <translation>Aufgabe I (a)</translation>
    </message>
    <message>
        <source>(a) a 1d-convolution with kernel size (5), 3 input channels, 4 output channels, no bias</source>
        <translation>(a) eine 1d-Faltung mit Kernelgröße (5), 3 Eingangskanälen, 4 Ausgangskanälen, ohne Bias</translation>
    </message>
    <message>
        <source>Exercise I (b)</source>
        <translation>Aufgabe I (b)</translation>
    </message>
    <message>
        <source>(b) a 2d-convolution with kernel size (8,8), 10 input channels, 5 output channels, with bias</source>
        <translation>(b) eine 2d-Faltung mit Kernelgröße (8,8), 10 Eingangskanälen, 5 Ausgangskanälen, mit Bias</translation>
    </message>
    <message>
        <source>Exercise I (c)</source>
        <translation>Aufgabe I (c)</translation>
    </message>
    <message>
        <source>(c) a 2d-convolution with kernel size (2,4), 5 input channels, 2 output channels, with bias</source>
        <translation>(c) eine 2d-Faltung mit Kernelgröße (2,4), 5 Eingangskanälen, 2 Ausgangskanälen, mit Bias</translation>
    </message>
    <message>
        <source>Exercise I (d)</source>
        <translation>Aufgabe I (d)</translation>
    </message>
    <message>
        <source>(d) a 3d-convolution with kernel size (2,2,3), 2 input channels, 2 output channels, no bias</source>
        <translation>(d) eine 3d-Faltung mit Kernelgröße (2,2,3), 2 Eingangskanälen, 2 Ausgangskanälen, ohne Bias</translation>
    </message>
    <message>
        <source>Exercise II (a)</source>
        <translation>Aufgabe II (a)</translation>
    </message>
    <message>
        <source>(a) input shape (c, t) = (5, 20), 1d-conv, kernel size (6), 12 output channels, stride 2, padding 1</source>
        <translation>(a) Eingabeform (c, t) = (5, 20), 1d-Faltung, Kernelgröße (6), 12 Ausgangskanäle, Schrittweite 2, Padding 1</translation>
    </message>
    <message>
        <source>Exercise II (b)</source>
        <translation>Aufgabe II (b)</translation>
    </message>
    <message>
        <source>(b) input shape (c, h, w) = (4, 32, 32), 2d-conv, kernel size (5, 5), 16 output channels, stride 3, padding 2</source>
        <translation>(b) Eingabeform (c, h, w) = (4, 32, 32), 2d-Faltung, Kernelgröße (5, 5), 16 Ausgangskanäle, Schrittweite 3, Padding 2</translation>
    </message>
    <message>
        <source>Exercise II (c)</source>
        <translation>Aufgabe II (c)</translation>
    </message>
    <message>
        <source>(c) input shape (c, h, w) = (12, 64, 64), 2d-conv, kernel size (7, 5), 3 output channels, stride (2, 1), padding (2, 2)</source>
        <translation>(c) Eingabeform (c, h, w) = (12, 64, 64), 2d-Faltung, Kernelgröße (7, 5), 3 Ausgangskanäle, Schrittweite (2, 1), Padding (2, 2)</translation>
    </message>
</context>
<context>
    <name>HelpPage</name>
    <message>
        <source>a new scene: start again from the default one</source>
        <translation>eine neue Szene: wieder mit der Standardszene beginnen</translation>
    </message>
    <message>
        <source>ConvScope help</source>
        <translation>ConvScope-Hilfe</translation>
    </message>
    <message>
        <source>The views</source>
        <translation>Die Ansichten</translation>
    </message>
    <message>
        <source>&lt;b&gt;Playground&lt;/b&gt;: one layer, animated. The input with its padding ring, the sliding window with its dilated taps, the kernel per input channel and the output filling in cell by cell; below it the inner product of the current step, the output size, the parameter count and the receptive field with the numbers substituted; on the right the layer&apos;s output on the whole image.</source>
        <translation>&lt;b&gt;Playground&lt;/b&gt;: eine Schicht, animiert. Die Eingabe mit ihrem Padding-Rand, das gleitende Fenster mit seinen dilatierten Abgriffen, der Kernel je Eingangskanal und die Ausgabe, die sich Zelle für Zelle füllt; darunter das Skalarprodukt des aktuellen Schritts, die Ausgabegröße, die Parameterzahl und das rezeptive Feld mit eingesetzten Zahlen; rechts die Ausgabe der Schicht auf dem ganzen Bild.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Network&lt;/b&gt;: a stack of layers on the photo: a torchinfo-style summary (output shape, parameters, MACs, receptive field r, effective stride S and padding P), every layer&apos;s feature maps, and a clicked cell&apos;s receptive field drawn on the image.</source>
        <translation>&lt;b&gt;Netzwerk&lt;/b&gt;: ein Stapel von Schichten auf dem Foto: eine Übersicht wie bei torchinfo (Ausgabeform, Parameter, MACs, rezeptives Feld r, effektive Schrittweite S und Padding P), die Feature-Maps jeder Schicht und das rezeptive Feld einer angeklickten Zelle, ins Bild eingezeichnet.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Exercises&lt;/b&gt;: the lecture&apos;s exercises and seeded sets of every kind, checked, with a worked solution; “Show me” opens the setting in the Playground or the Network view.</source>
        <translation>&lt;b&gt;Aufgaben&lt;/b&gt;: die Aufgaben der Vorlesung und reproduzierbare Sätze jeder Art, geprüft, mit Musterlösung; „Zeig es mir“ öffnet die Einstellung im Playground oder in der Netzwerk-Ansicht.</translation>
    </message>
    <message>
        <source>Formulas (as PyTorch computes them)</source>
        <translation>Formeln (wie PyTorch sie berechnet)</translation>
    </message>
    <message>
        <source>Output size per dimension (input M, kernel k, padding p, stride s, dilation d)</source>
        <translation>Ausgabegröße je Dimension (Eingabe M, Kernel k, Padding p, Schrittweite s, Dilatation d)</translation>
    </message>
    <message>
        <source>Pooling with ceil mode</source>
        <translation>Pooling mit Aufrunden (ceil mode)</translation>
    </message>
    <message>
        <source>Padding “same” (stride 1): total padding</source>
        <translation>Padding „same“ (Schrittweite 1): gesamtes Padding</translation>
    </message>
    <message>
        <source>One output value (C input channels, bias b, activation f)</source>
        <translation>Ein Ausgabewert (C Eingangskanäle, Bias b, Aktivierung f)</translation>
    </message>
    <message>
        <source>Parameters of a convolution (C in, D out, groups g)</source>
        <translation>Parameter einer Faltung (C Eingänge, D Ausgänge, Gruppen g)</translation>
    </message>
    <message>
        <source>Depth-wise separable vs vanilla</source>
        <translation>Tiefenweise separierbar vs. gewöhnlich</translation>
    </message>
    <message>
        <source>Fully connected from H×W×C to N outputs</source>
        <translation>Vollständig verbunden von H×W×C auf N Ausgaben</translation>
    </message>
    <message>
        <source>Receptive field of layer l (r₀ = 1, S₀ = 1)</source>
        <translation>Rezeptives Feld der Schicht l (r₀ = 1, S₀ = 1)</translation>
    </message>
    <message>
        <source>Multiply-accumulates of a convolution</source>
        <translation>Multiply-Accumulates einer Faltung</translation>
    </message>
    <message>
        <source>True convolution</source>
        <translation>Echte Faltung</translation>
    </message>
    <message>
        <source>the kernel rotated by 180° before the inner products</source>
        <translation>der Kernel, vor den Skalarprodukten um 180° gedreht</translation>
    </message>
    <message>
        <source>Keyboard</source>
        <translation>Tastatur</translation>
    </message>
    <message>
        <source>Animation (Playground)</source>
        <translation>Animation (Playground)</translation>
    </message>
    <message>
        <source>play / pause</source>
        <translation>Abspielen / Pause</translation>
    </message>
    <message>
        <source>step forward (a presentation clicker&apos;s “next”)</source>
        <translation>einen Schritt vor (das „Weiter“ eines Präsentations-Clickers)</translation>
    </message>
    <message>
        <source>step back</source>
        <translation>einen Schritt zurück</translation>
    </message>
    <message>
        <source>first / last step</source>
        <translation>erster / letzter Schritt</translation>
    </message>
    <message>
        <source>faster / slower</source>
        <translation>schneller / langsamer</translation>
    </message>
    <message>
        <source>loop on / off</source>
        <translation>Schleife an / aus</translation>
    </message>
    <message>
        <source>Drawing tools (Playground)</source>
        <translation>Zeichenwerkzeuge (Playground)</translation>
    </message>
    <message>
        <source>pan the zoomed input</source>
        <translation>die vergrößerte Eingabe verschieben</translation>
    </message>
    <message>
        <source>use a dragged region as the kernel (also Ctrl+drag with any tool)</source>
        <translation>einen aufgezogenen Bereich als Kernel verwenden (auch Strg+Ziehen mit jedem Werkzeug)</translation>
    </message>
    <message>
        <source>brush / eraser on the grid or the photo</source>
        <translation>Pinsel / Radierer auf dem Raster oder dem Foto</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Dateien</translation>
    </message>
    <message>
        <source>open a scene, lecture, network or image</source>
        <translation>eine Szene, Vorlesung, ein Netzwerk oder ein Bild öffnen</translation>
    </message>
    <message>
        <source>open an image as the input</source>
        <translation>ein Bild als Eingabe öffnen</translation>
    </message>
    <message>
        <source>save the scene / save as (painted pixels are saved beside it)</source>
        <translation>Szene speichern / speichern unter (bemalte Pixel werden daneben gespeichert)</translation>
    </message>
    <message>
        <source>export the animation as GIF or MP4</source>
        <translation>die Animation als GIF oder MP4 exportieren</translation>
    </message>
    <message>
        <source>quit</source>
        <translation>beenden</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <source>undo / redo</source>
        <translation>Rückgängig / Wiederherstellen</translation>
    </message>
    <message>
        <source>copy the network (or the Playground&apos;s layer) as PyTorch code</source>
        <translation>das Netzwerk (oder die Schicht des Playgrounds) als PyTorch-Code kopieren</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Ansicht</translation>
    </message>
    <message>
        <source>Playground / Network / Exercises</source>
        <translation>Playground / Netzwerk / Aufgaben</translation>
    </message>
    <message>
        <source>numbers in cells on / off</source>
        <translation>Zahlen in den Zellen an / aus</translation>
    </message>
    <message>
        <source>dark theme (high contrast) on / off</source>
        <translation>dunkles Design (hoher Kontrast) an / aus</translation>
    </message>
    <message>
        <source>presenter mode on / off</source>
        <translation>Präsentationsmodus an / aus</translation>
    </message>
    <message>
        <source>next / previous scene of a lecture</source>
        <translation>nächste / vorige Szene einer Vorlesung</translation>
    </message>
    <message>
        <source>this page</source>
        <translation>diese Seite</translation>
    </message>
    <message>
        <source>Network view (layer list)</source>
        <translation>Netzwerk-Ansicht (Schichtliste)</translation>
    </message>
    <message>
        <source>remove, duplicate the selected layer</source>
        <translation>ausgewählte Schicht entfernen, duplizieren</translation>
    </message>
    <message>
        <source>move the selected layer up / down</source>
        <translation>ausgewählte Schicht nach oben / unten verschieben</translation>
    </message>
    <message>
        <source>Exercises</source>
        <translation>Aufgaben</translation>
    </message>
    <message>
        <source>check the answer</source>
        <translation>Antwort prüfen</translation>
    </message>
    <message>
        <source>previous / next exercise</source>
        <translation>vorige / nächste Aufgabe</translation>
    </message>
    <message>
        <source>Mouse</source>
        <translation>Maus</translation>
    </message>
    <message>
        <source>wheel, drag</source>
        <translation>Mausrad, Ziehen</translation>
    </message>
    <message>
        <source>zoom and pan the input</source>
        <translation>die Eingabe zoomen und verschieben</translation>
    </message>
    <message>
        <source>Shift+drag</source>
        <translation>Umschalt+Ziehen</translation>
    </message>
    <message>
        <source>crop the photo to a rectangle</source>
        <translation>das Foto auf ein Rechteck zuschneiden</translation>
    </message>
    <message>
        <source>Ctrl+drag</source>
        <translation>Strg+Ziehen</translation>
    </message>
    <message>
        <source>use the rectangle as the kernel</source>
        <translation>das Rechteck als Kernel verwenden</translation>
    </message>
    <message>
        <source>click a cell</source>
        <translation>Klick auf eine Zelle</translation>
    </message>
    <message>
        <source>jump to the step that writes (output) or reads (input) it</source>
        <translation>springt zu dem Schritt, der sie schreibt (Ausgabe) oder liest (Eingabe)</translation>
    </message>
    <message>
        <source>hover</source>
        <translation>Darüberfahren</translation>
    </message>
    <message>
        <source>a control&apos;s tooltip gives its formula; a cell shows its value</source>
        <translation>der Tooltip eines Bedienelements nennt seine Formel; eine Zelle zeigt ihren Wert</translation>
    </message>
</context>
<context>
    <name>Kernels</name>
    <message>
        <source>Identity</source>
        <translation>Identität</translation>
    </message>
    <message>
        <source>Box blur (mean)</source>
        <translation>Box-Weichzeichner (Mittelwert)</translation>
    </message>
    <message>
        <source>Gaussian blur</source>
        <translation>Gauß-Weichzeichner</translation>
    </message>
    <message>
        <source>Sharpen</source>
        <translation>Schärfen</translation>
    </message>
    <message>
        <source>Sobel x (vertical edges)</source>
        <translation>Sobel x (senkrechte Kanten)</translation>
    </message>
    <message>
        <source>Sobel y (horizontal edges)</source>
        <translation>Sobel y (waagerechte Kanten)</translation>
    </message>
    <message>
        <source>Scharr x (vertical edges)</source>
        <translation>Scharr x (senkrechte Kanten)</translation>
    </message>
    <message>
        <source>Scharr y (horizontal edges)</source>
        <translation>Scharr y (waagerechte Kanten)</translation>
    </message>
    <message>
        <source>Prewitt x (vertical edges)</source>
        <translation>Prewitt x (senkrechte Kanten)</translation>
    </message>
    <message>
        <source>Prewitt y (horizontal edges)</source>
        <translation>Prewitt y (waagerechte Kanten)</translation>
    </message>
    <message>
        <source>Laplacian (blobs and edges)</source>
        <translation>Laplace (Flecken und Kanten)</translation>
    </message>
    <message>
        <source>Emboss</source>
        <translation>Relief</translation>
    </message>
    <message>
        <source>Gabor (oriented stripes)</source>
        <translation>Gabor (orientierte Streifen)</translation>
    </message>
    <message>
        <source>Random (He-normal)</source>
        <translation>Zufällig (He-normal)</translation>
    </message>
</context>
<context>
    <name>convscope::ui</name>
    <message>
        <source>length</source>
        <translation>Länge</translation>
    </message>
    <message>
        <source>depth</source>
        <translation>Tiefe</translation>
    </message>
    <message>
        <source>height</source>
        <translation>Höhe</translation>
    </message>
    <message>
        <source>width</source>
        <translation>Breite</translation>
    </message>
    <message>
        <source>grey</source>
        <translation>grau</translation>
    </message>
    <message>
        <source>parameters: none (pooling learns nothing)</source>
        <translation>Parameter: keine (Pooling lernt nichts)</translation>
    </message>
    <message>
        <source>parameters: </source>
        <translation>Parameter: </translation>
    </message>
    <message>
        <source>receptive field </source>
        <translation>rezeptives Feld </translation>
    </message>
    <message>
        <source>−∞</source>
        <translation>−∞</translation>
    </message>
    <message>
        <source>zeros</source>
        <translation>Nullen</translation>
    </message>
    <message>
        <source>reflect</source>
        <translation>spiegeln</translation>
    </message>
    <message>
        <source>replicate</source>
        <translation>Rand wiederholen</translation>
    </message>
    <message>
        <source>circular</source>
        <translation>zirkulär</translation>
    </message>
    <message>
        <source>1-D</source>
        <translation>1-D</translation>
    </message>
    <message>
        <source>2-D</source>
        <translation>2-D</translation>
    </message>
    <message>
        <source>%1 true convolution</source>
        <translation>%1 echte Faltung</translation>
    </message>
    <message>
        <source>%1 convolution</source>
        <translation>%1 Faltung</translation>
    </message>
    <message>
        <source>%1 max pooling</source>
        <translation>%1 Max-Pooling</translation>
    </message>
    <message>
        <source>%1 average pooling</source>
        <translation>%1 Average-Pooling</translation>
    </message>
    <message>
        <source>%1 sum pooling</source>
        <translation>%1 Summen-Pooling</translation>
    </message>
    <message>
        <source> — flipped 180°</source>
        <translation> — um 180° gedreht</translation>
    </message>
    <message>
        <source>window</source>
        <translation>Fenster</translation>
    </message>
    <message>
        <source>kernel u</source>
        <translation>Kernel u</translation>
    </message>
    <message>
        <source>max</source>
        <translation>max</translation>
    </message>
    <message>
        <source>avg</source>
        <translation>mittel</translation>
    </message>
    <message>
        <source>sum</source>
        <translation>Summe</translation>
    </message>
    <message>
        <source>+ %1 more slices</source>
        <translation>+ %1 weitere Schichten</translation>
    </message>
    <message>
        <source>window x · </source>
        <translation>Fenster x · </translation>
    </message>
    <message>
        <source>window x</source>
        <translation>Fenster x</translation>
    </message>
    <message>
        <source>channels, %1 groups</source>
        <translation>Kanäle, %1 Gruppen</translation>
    </message>
    <message>
        <source>channels</source>
        <translation>Kanäle</translation>
    </message>
    <message>
        <source>… and %1 more channels</source>
        <translation>… und %1 weitere Kanäle</translation>
    </message>
    <message>
        <source>output </source>
        <translation>Ausgabe </translation>
    </message>
    <message>
        <source>kernel %1</source>
        <translation>Kernel %1</translation>
    </message>
    <message>
        <source>stride %1</source>
        <translation>Schrittweite %1</translation>
    </message>
    <message>
        <source>padding %1</source>
        <translation>Padding %1</translation>
    </message>
    <message>
        <source>dilation %1</source>
        <translation>Dilatation %1</translation>
    </message>
    <message>
        <source>step %1 / %2</source>
        <translation>Schritt %1 / %2</translation>
    </message>
    <message>
        <source>This setting is impossible</source>
        <translation>Diese Einstellung ist unmöglich</translation>
    </message>
    <message>
        <source>The picture shows the last possible setting.</source>
        <translation>Das Bild zeigt die letzte mögliche Einstellung.</translation>
    </message>
    <message>
        <source>No picture yet</source>
        <translation>Noch kein Bild</translation>
    </message>
    <message>
        <source>, padding (%1)</source>
        <translation>, Rand: %1</translation>
    </message>
    <message>
        <source>input %1</source>
        <translation>Eingabe %1</translation>
    </message>
    <message>
        <source>output %1</source>
        <translation>Ausgabe %1</translation>
    </message>
    <message>
        <source> — channel y%1 of %2</source>
        <translation> — Kanal y%1 von %2</translation>
    </message>
    <message>
        <source> (computing…)</source>
        <translation> (wird berechnet…)</translation>
    </message>
    <message>
        <source> — %1 channels</source>
        <translation> — %1 Kanäle</translation>
    </message>
    <message>
        <source> — y%1</source>
        <translation> — y%1</translation>
    </message>
</context>
<context>
    <name>convscope::ui::AnimationExportDialog</name>
    <message>
        <source>Export animation</source>
        <translation>Animation exportieren</translation>
    </message>
    <message>
        <source>Animated GIF (loops; for slides and web pages)</source>
        <translation>Animiertes GIF (in Schleife; für Folien und Webseiten)</translation>
    </message>
    <message>
        <source>MP4 video (H.264 or MPEG-4; smaller for long animations)</source>
        <translation>MP4-Video (H.264 oder MPEG-4; kleiner bei langen Animationen)</translation>
    </message>
    <message>
        <source>The first step the export shows (as the transport counts: 1 is the first)</source>
        <translation>Der erste Schritt des Exports (wie im Transportbereich gezählt: 1 ist der erste)</translation>
    </message>
    <message>
        <source>The last step the export shows</source>
        <translation>Der letzte Schritt des Exports</translation>
    </message>
    <message>
        <source>Frames per second: one frame per step, so this is the speed in steps per second</source>
        <translation>Bilder pro Sekunde: ein Bild pro Schritt, also die Geschwindigkeit in Schritten pro Sekunde</translation>
    </message>
    <message>
        <source> steps/s</source>
        <translation> Schritte/s</translation>
    </message>
    <message>
        <source>Width of the frames in pixels</source>
        <translation>Breite der Bilder in Pixeln</translation>
    </message>
    <message>
        <source>Height of the frames in pixels</source>
        <translation>Höhe der Bilder in Pixeln</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>&amp;Steps from:</source>
        <translation>&amp;Schritte von:</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>S&amp;peed:</source>
        <translation>&amp;Tempo:</translation>
    </message>
    <message>
        <source>Si&amp;ze:</source>
        <translation>&amp;Größe:</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <source>1 frame</source>
        <translation>1 Bild</translation>
    </message>
    <message>
        <source>%1 frames</source>
        <translation>%1 Bilder</translation>
    </message>
    <message>
        <source>, %1 s (one frame per step)</source>
        <translation>, %1 s (ein Bild pro Schritt)</translation>
    </message>
    <message>
        <source> · MP4 rounds the size down to even sides</source>
        <translation> · MP4 rundet die Größe auf gerade Seitenlängen ab</translation>
    </message>
    <message>
        <source>%1 frames: at most %2 per export, choose a shorter range</source>
        <translation>%1 Bilder: höchstens %2 pro Export, wählen Sie einen kürzeren Bereich</translation>
    </message>
</context>
<context>
    <name>convscope::ui::Autosave</name>
    <message>
        <source>cannot create the folder %1</source>
        <translation>der Ordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>cannot lock %1</source>
        <translation>%1 kann nicht gesperrt werden</translation>
    </message>
    <message>
        <source>Cannot autosave to %1: %2</source>
        <translation>Automatisches Speichern nach %1 nicht möglich: %2</translation>
    </message>
</context>
<context>
    <name>convscope::ui::DimsSpinBox</name>
    <message>
        <source>Height. %1</source>
        <translation>Höhe. %1</translation>
    </message>
    <message>
        <source>Width. %1</source>
        <translation>Breite. %1</translation>
    </message>
    <message>
        <source>Same for both: height and width change together. Click to set them separately.</source>
        <translation>Für beide gleich: Höhe und Breite ändern sich gemeinsam. Klicken, um sie einzeln einzustellen.</translation>
    </message>
    <message>
        <source>Height and width are set separately. Click to make them the same.</source>
        <translation>Höhe und Breite werden einzeln eingestellt. Klicken, um sie gleich zu machen.</translation>
    </message>
    <message>
        <source>Depth. %1</source>
        <translation>Tiefe. %1</translation>
    </message>
    <message>
        <source>Same for all three: depth, height and width change together. Click to set them separately.</source>
        <translation>Für alle drei gleich: Tiefe, Höhe und Breite ändern sich gemeinsam. Klicken, um sie einzeln einzustellen.</translation>
    </message>
    <message>
        <source>Depth, height and width are set separately. Click to make them the same.</source>
        <translation>Tiefe, Höhe und Breite werden einzeln eingestellt. Klicken, um sie gleich zu machen.</translation>
    </message>
</context>
<context>
    <name>convscope::ui::ExerciseHtml</name>
    <message>
        <source>Answer: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Antwort: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>ConvScope exercises</source>
        <translation>ConvScope-Aufgaben</translation>
    </message>
    <message>
        <source>1 exercise</source>
        <translation>1 Aufgabe</translation>
    </message>
    <message>
        <source>%1 exercises</source>
        <translation>%1 Aufgaben</translation>
    </message>
    <message>
        <source>Answer:</source>
        <translation>Antwort:</translation>
    </message>
    <message>
        <source>Answer key</source>
        <translation>Lösungsschlüssel</translation>
    </message>
</context>
<context>
    <name>convscope::ui::ExercisesView</name>
    <message>
        <source>Lecture: Exercise I and II</source>
        <translation>Vorlesung: Aufgabe I und II</translation>
    </message>
    <message>
        <source>Generated set</source>
        <translation>Erzeugter Satz</translation>
    </message>
    <message>
        <source>The lecture&apos;s own exercises, or a generated set: the same seed gives every student the same exercises</source>
        <translation>Die Aufgaben der Vorlesung oder ein erzeugter Satz: derselbe Seed gibt allen Studierenden dieselben Aufgaben</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>PDF exportieren…</translation>
    </message>
    <message>
        <source>The set as a worksheet: the questions, then the answer key with worked solutions</source>
        <translation>Der Satz als Arbeitsblatt: die Fragen, dann der Lösungsschlüssel mit Musterlösungen</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Seed</translation>
    </message>
    <message>
        <source>Hand out a seed and every student gets the same exercises</source>
        <translation>Geben Sie einen Seed aus, und alle Studierenden bekommen dieselben Aufgaben</translation>
    </message>
    <message>
        <source>Exercises</source>
        <translation>Aufgaben</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Basic</source>
        <translation>Grundstufe</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Fortgeschritten</translation>
    </message>
    <message>
        <source>Advanced adds groups, depth-wise separable convolutions, dilation, 3-d layers and padded pooling</source>
        <translation>Fortgeschritten ergänzt Gruppen, tiefenweise separierbare Faltungen, Dilatation, 3-d-Schichten und Pooling mit Padding</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>Forget which exercises of this set were answered correctly</source>
        <translation>Vergessen, welche Aufgaben dieses Satzes richtig beantwortet wurden</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Prüfen</translation>
    </message>
    <message>
        <source>Check the answer (Enter)</source>
        <translation>Antwort prüfen (Enter)</translation>
    </message>
    <message>
        <source>Show solution</source>
        <translation>Lösung zeigen</translation>
    </message>
    <message>
        <source>Each step with its formula and the numbers put in</source>
        <translation>Jeder Schritt mit seiner Formel und den eingesetzten Zahlen</translation>
    </message>
    <message>
        <source>Show me</source>
        <translation>Zeig es mir</translation>
    </message>
    <message>
        <source>◀ Previous</source>
        <translation>◀ Zurück</translation>
    </message>
    <message>
        <source>Previous exercise (Alt+Left)</source>
        <translation>Vorige Aufgabe (Alt+Links)</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>Weiter ▶</translation>
    </message>
    <message>
        <source>Next exercise (Alt+Right)</source>
        <translation>Nächste Aufgabe (Alt+Rechts)</translation>
    </message>
    <message>
        <source>the shape (c, t), e.g. (8, 10)</source>
        <translation>die Form (c, t), z. B. (8, 10)</translation>
    </message>
    <message>
        <source>the shape (c, h, w), e.g. (8, 10, 10)</source>
        <translation>die Form (c, h, w), z. B. (8, 10, 10)</translation>
    </message>
    <message>
        <source>the shape (c, d, h, w), e.g. (8, 4, 10, 10)</source>
        <translation>die Form (c, d, h, w), z. B. (8, 4, 10, 10)</translation>
    </message>
    <message>
        <source>a number, e.g. 1234 or 1,234</source>
        <translation>eine Zahl, z. B. 1234 oder 1,234</translation>
    </message>
    <message>
        <source>Show me in the Playground</source>
        <translation>Im Playground zeigen</translation>
    </message>
    <message>
        <source>Show me in the Network view</source>
        <translation>In der Netzwerk-Ansicht zeigen</translation>
    </message>
    <message>
        <source>Open this layer on a grid of the input&apos;s size in the Playground</source>
        <translation>Diese Schicht im Playground auf einem Raster in der Größe der Eingabe öffnen</translation>
    </message>
    <message>
        <source>Open this setting in the Network view</source>
        <translation>Diese Einstellung in der Netzwerk-Ansicht öffnen</translation>
    </message>
    <message>
        <source>This setting (a stack or a 3-d layer) needs the Network view</source>
        <translation>Diese Einstellung (ein Stapel oder eine 3-d-Schicht) braucht die Netzwerk-Ansicht</translation>
    </message>
    <message>
        <source>%1 of %2 · %3</source>
        <translation>%1 von %2 · %3</translation>
    </message>
    <message>
        <source>%1 of %2 correct  %3</source>
        <translation>%1 von %2 richtig  %3</translation>
    </message>
    <message>
        <source>Kept while the app runs and remembered for this set</source>
        <translation>Bleibt erhalten, solange das Programm läuft, und wird für diesen Satz gespeichert</translation>
    </message>
    <message>
        <source>Hide solution</source>
        <translation>Lösung verbergen</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Export worksheet</source>
        <translation>Arbeitsblatt exportieren</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>convscope::ui::ExportMenu</name>
    <message>
        <source>E&amp;xport</source>
        <translation>E&amp;xportieren</translation>
    </message>
    <message>
        <source>Current view as &amp;PNG…</source>
        <translation>Aktuelle Ansicht als &amp;PNG…</translation>
    </message>
    <message>
        <source>The stage as it is shown now, as a PNG picture</source>
        <translation>Die Bühne, wie sie gerade zu sehen ist, als PNG-Bild</translation>
    </message>
    <message>
        <source>Current view as &amp;SVG…</source>
        <translation>Aktuelle Ansicht als &amp;SVG…</translation>
    </message>
    <message>
        <source>The stage as it is shown now, as scalable vector graphics</source>
        <translation>Die Bühne, wie sie gerade zu sehen ist, als skalierbare Vektorgrafik</translation>
    </message>
    <message>
        <source>Current view as P&amp;DF…</source>
        <translation>Aktuelle Ansicht als P&amp;DF…</translation>
    </message>
    <message>
        <source>The stage as it is shown now, as a one-page PDF</source>
        <translation>Die Bühne, wie sie gerade zu sehen ist, als einseitiges PDF</translation>
    </message>
    <message>
        <source>&amp;Animation as GIF/MP4…</source>
        <translation>&amp;Animation als GIF/MP4…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>A range of steps as an animated GIF or an MP4 video, at a chosen speed and size</source>
        <translation>Ein Bereich von Schritten als animiertes GIF oder MP4-Video, in gewählter Geschwindigkeit und Größe</translation>
    </message>
    <message>
        <source>%1 files (*.%2)</source>
        <translation>%1-Dateien (*.%2)</translation>
    </message>
    <message>
        <source>Export the current view as %1</source>
        <translation>Aktuelle Ansicht als %1 exportieren</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Cannot export %1: %2</source>
        <translation>%1 kann nicht exportiert werden: %2</translation>
    </message>
    <message>
        <source>Exported the view to %1 (%2)</source>
        <translation>Ansicht nach %1 exportiert (%2)</translation>
    </message>
    <message>
        <source>Export animation</source>
        <translation>Animation exportieren</translation>
    </message>
    <message>
        <source>There is no valid picture to export yet.</source>
        <translation>Es gibt noch kein gültiges Bild zum Exportieren.</translation>
    </message>
    <message>
        <source>Export the animation as %1</source>
        <translation>Animation als %1 exportieren</translation>
    </message>
    <message>
        <source>Exporting %1 frames to %2…</source>
        <translation>%1 Bilder werden nach %2 exportiert…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <source>Export cancelled: nothing was written</source>
        <translation>Export abgebrochen: nichts wurde geschrieben</translation>
    </message>
    <message>
        <source>export cancelled</source>
        <translation>Export abgebrochen</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>Export fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Exported %1 frames to %2 (%3)</source>
        <translation>%1 Bilder nach %2 exportiert (%3)</translation>
    </message>
</context>
<context>
    <name>convscope::ui::FeatureMapGallery</name>
    <message>
        <source>Every layer&apos;s output: pick one to see all its channels</source>
        <translation>Die Ausgabe jeder Schicht: eine auswählen, um alle ihre Kanäle zu sehen</translation>
    </message>
    <message>
        <source>One scale per layer</source>
        <translation>Skala je Schicht</translation>
    </message>
    <message>
        <source>One scale per channel</source>
        <translation>Skala je Kanal</translation>
    </message>
    <message>
        <source>One scale per layer compares the channels&apos; strengths; one per channel shows the pattern in weak channels too</source>
        <translation>Eine Skala pro Schicht vergleicht die Stärke der Kanäle; eine pro Kanal zeigt das Muster auch in schwachen Kanälen</translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+wheel)</source>
        <translation>Verkleinern (Strg+Mausrad)</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl+wheel)</source>
        <translation>Vergrößern (Strg+Mausrad)</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Einpassen</translation>
    </message>
    <message>
        <source>Fit the maps to the width</source>
        <translation>Die Maps an die Breite anpassen</translation>
    </message>
    <message>
        <source>No feature maps yet.</source>
        <translation>Noch keine Feature-Maps.</translation>
    </message>
    <message>
        <source>The stack has no layers.</source>
        <translation>Der Stapel hat keine Schichten.</translation>
    </message>
    <message>
        <source>layer %1</source>
        <translation>Schicht %1</translation>
    </message>
    <message>
        <source>Feature maps</source>
        <translation>Feature-Maps</translation>
    </message>
    <message>
        <source>%1: output %2</source>
        <translation>%1: Ausgabe %2</translation>
    </message>
    <message>
        <source>%1 — a flat vector of %2 values</source>
        <translation>%1 — ein flacher Vektor aus %2 Werten</translation>
    </message>
    <message>
        <source>%1 — one map of %2</source>
        <translation>%1 — eine Map von %2</translation>
    </message>
    <message>
        <source>%1 — %2 maps of %3</source>
        <translation>%1 — %2 Maps von %3</translation>
    </message>
    <message>
        <source>drawing %1 maps…</source>
        <translation>%1 Maps werden gezeichnet…</translation>
    </message>
    <message>
        <source> (bar and line heights)</source>
        <translation> (Höhe der Balken und Linien)</translation>
    </message>
    <message>
        <source>blue −m · white 0 · red +m, m beside each map%1</source>
        <translation>blau −m · weiß 0 · rot +m, m neben jeder Map%1</translation>
    </message>
    <message>
        <source>black 0 · white ≥ m, m beside each map%1</source>
        <translation>schwarz 0 · weiß ≥ m, m neben jeder Map%1</translation>
    </message>
    <message>
        <source>blue ≤ %1 · white 0 · red ≥ %2%3</source>
        <translation>blau ≤ %1 · weiß 0 · rot ≥ %2%3</translation>
    </message>
    <message>
        <source>black 0 · white ≥ %1%2</source>
        <translation>schwarz 0 · weiß ≥ %1%2</translation>
    </message>
    <message>
        <source>Each map on its own scale, clipped at the 99th percentile of its |value|</source>
        <translation>Jede Map auf ihrer eigenen Skala, abgeschnitten beim 99. Perzentil ihres |Werts|</translation>
    </message>
    <message>
        <source>One scale for the whole layer, clipped at the 99th percentile of |value| so a few strong responses do not wash the rest out</source>
        <translation>Eine Skala für die ganze Schicht, abgeschnitten beim 99. Perzentil von |Wert|, damit wenige starke Antworten den Rest nicht überstrahlen</translation>
    </message>
</context>
<context>
    <name>convscope::ui::FeatureMapPanel</name>
    <message>
        <source>computing…</source>
        <translation>wird berechnet…</translation>
    </message>
    <message>
        <source>The whole output of the layer, one map per output channel. Click a map to animate that channel.</source>
        <translation>Die ganze Ausgabe der Schicht, eine Map pro Ausgangskanal. Klicken Sie auf eine Map, um diesen Kanal zu animieren.</translation>
    </message>
    <message>
        <source>Output channel %1 — click to animate it</source>
        <translation>Ausgangskanal %1 — klicken, um ihn zu animieren</translation>
    </message>
    <message>
        <source>Output on the whole input: %1</source>
        <translation>Ausgabe auf der ganzen Eingabe: %1</translation>
    </message>
    <message>
        <source>Output on the whole input: %1 maps of %2</source>
        <translation>Ausgabe auf der ganzen Eingabe: %1 Maps von %2</translation>
    </message>
    <message>
        <source>blue ≤ %1 · white 0 · red ≥ %2</source>
        <translation>blau ≤ %1 · weiß 0 · rot ≥ %2</translation>
    </message>
    <message>
        <source>black %1 · white ≥ %2</source>
        <translation>schwarz %1 · weiß ≥ %2</translation>
    </message>
    <message>
        <source>One colour scale for all maps, clipped at the 99th percentile of |value| so a few strong responses do not wash the rest out</source>
        <translation>Eine Farbskala für alle Maps, abgeschnitten beim 99. Perzentil von |Wert|, damit wenige starke Antworten den Rest nicht überstrahlen</translation>
    </message>
    <message>
        <source>Animated output channel</source>
        <translation>Animierter Ausgangskanal</translation>
    </message>
</context>
<context>
    <name>convscope::ui::FilterBankView</name>
    <message>
        <source>No convolution weights to show.</source>
        <translation>Keine Faltungsgewichte zum Anzeigen.</translation>
    </message>
</context>
<context>
    <name>convscope::ui::GalleryCanvas</name>
    <message>
        <source>%1 values</source>
        <translation>%1 Werte</translation>
    </message>
    <message>
        <source>ch %1</source>
        <translation>K. %1</translation>
    </message>
    <message>
        <source> · ±%1</source>
        <translation> · ±%1</translation>
    </message>
    <message>
        <source> · ≤%1</source>
        <translation> · ≤%1</translation>
    </message>
</context>
<context>
    <name>convscope::ui::GridEditor</name>
    <message>
        <source>Values of channel</source>
        <translation>Werte von Kanal</translation>
    </message>
    <message>
        <source>Which channel of the grid the table shows (1 … C).</source>
        <translation>Welchen Kanal des Rasters die Tabelle zeigt (1 … C).</translation>
    </message>
    <message>
        <source>The input values x. Click a cell and type a number; the grid&apos;s preset becomes “custom”.</source>
        <translation>Die Eingabewerte x. Klicken Sie auf eine Zelle und geben Sie eine Zahl ein; die Vorlage des Rasters wird zu „benutzerdefiniert“.</translation>
    </message>
    <message>
        <source>Grid value (%1, %2)</source>
        <translation>Rasterwert (%1, %2)</translation>
    </message>
</context>
<context>
    <name>convscope::ui::ImageRfView</name>
    <message>
        <source>layer %1, cell %2: input %3</source>
        <translation>Schicht %1, Zelle %2: Eingabe %3</translation>
    </message>
    <message>
        <source>input</source>
        <translation>Eingabe</translation>
    </message>
    <message>
        <source>No input image.</source>
        <translation>Kein Eingabebild.</translation>
    </message>
    <message>
        <source>%1: r = %2</source>
        <translation>%1: r = %2</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>cells</source>
        <translation>Zellen</translation>
    </message>
    <message>
        <source>cols</source>
        <translation>Spalten</translation>
    </message>
    <message>
        <source>rows</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <source>slices</source>
        <translation>Schichten</translation>
    </message>
    <message>
        <source>hatched: %1 in the padding, outside the image</source>
        <translation>schraffiert: %1 im Padding, außerhalb des Bildes</translation>
    </message>
    <message>
        <source> and </source>
        <translation> und </translation>
    </message>
    <message>
        <source>Click a cell of a feature map to see the input region it depends on.</source>
        <translation>Klicken Sie auf eine Zelle einer Feature-Map, um den Eingabebereich zu sehen, von dem sie abhängt.</translation>
    </message>
    <message>
        <source>Windows feeding the cell
(%1 layers in between not shown)</source>
        <translation>Fenster, die die Zelle speisen
(%1 Schichten dazwischen nicht gezeigt)</translation>
    </message>
    <message>
        <source>Windows feeding the cell</source>
        <translation>Fenster, die die Zelle speisen</translation>
    </message>
</context>
<context>
    <name>convscope::ui::KernelEditor</name>
    <message>
        <source>Pooling has no weights: the window takes the maximum, the mean or the sum of the cells it covers.</source>
        <translation>Pooling hat keine Gewichte: das Fenster nimmt das Maximum, den Mittelwert oder die Summe der Zellen, die es überdeckt.</translation>
    </message>
    <message>
        <source>Output channel o (1 … D): each output channel has its own kernel w[o] and bias b[o]; y[o] = Σ w[o]·x + b[o].</source>
        <translation>Ausgangskanal o (1 … D): jeder Ausgangskanal hat seinen eigenen Kernel w[o] und Bias b[o]; y[o] = Σ w[o]·x + b[o].</translation>
    </message>
    <message>
        <source>Output channel</source>
        <translation>Ausgangskanal</translation>
    </message>
    <message>
        <source>Input channel i of the output&apos;s group (1 … C/g). With g groups, output o reads the input channels of group ⌊o·g/D⌋ only.</source>
        <translation>Eingangskanal i der Gruppe der Ausgabe (1 … C/g). Mit g Gruppen liest Ausgabe o nur die Eingangskanäle der Gruppe ⌊o·g/D⌋.</translation>
    </message>
    <message>
        <source>Input channel</source>
        <translation>Eingangskanal</translation>
    </message>
    <message>
        <source>%1 — 3×3</source>
        <translation>%1 — 3×3</translation>
    </message>
    <message>
        <source>Custom (edited)</source>
        <translation>Benutzerdefiniert (bearbeitet)</translation>
    </message>
    <message>
        <source>The kernel of this (output, input) channel pair, or of every input channel of the output when “All input channels” is ticked (divided by C/g on photos, so a Sobel on R, G, B finds the grey edges). Editing a value makes it “custom”.</source>
        <translation>Der Kernel dieses Kanalpaars (Ausgang, Eingang) oder jedes Eingangskanals der Ausgabe, wenn „Alle Eingangskanäle“ angehakt ist (bei Fotos durch C/g geteilt, sodass ein Sobel auf R, G, B die Grauwertkanten findet). Ein bearbeiteter Wert macht ihn „benutzerdefiniert“.</translation>
    </message>
    <message>
        <source>Preset</source>
        <translation>Vorlage</translation>
    </message>
    <message>
        <source>All input channels</source>
        <translation>Alle Eingangskanäle</translation>
    </message>
    <message>
        <source>Ticked: a preset applies to every input channel of this output channel. Unticked: only to the input channel shown, so each (output, input) pair can have its own kernel.</source>
        <translation>Angehakt: eine Vorlage gilt für jeden Eingangskanal dieses Ausgangskanals. Nicht angehakt: nur für den gezeigten Eingangskanal, sodass jedes Paar (Ausgang, Eingang) einen eigenen Kernel haben kann.</translation>
    </message>
    <message>
        <source>auto</source>
        <translation>auto</translation>
    </message>
    <message>
        <source>Standard deviation σ in cells: w ∝ exp(−(x² + y²)/(2σ²)). auto: σ = 0.3((k−1)/2 − 1) + 0.8 (OpenCV), or 0.56 λ for Gabor.</source>
        <translation>Standardabweichung σ in Zellen: w ∝ exp(−(x² + y²)/(2σ²)). auto: σ = 0.3((k−1)/2 − 1) + 0.8 (OpenCV) oder 0.56 λ für Gabor.</translation>
    </message>
    <message>
        <source>Sigma σ</source>
        <translation>Sigma σ</translation>
    </message>
    <message>
        <source>°</source>
        <translation>°</translation>
    </message>
    <message>
        <source>Orientation θ of the stripes&apos; normal (0°: vertical stripes): x′ = x cos θ + y sin θ; w = exp(−(x′² + γ²y′²)/(2σ²)) cos(2πx′/λ).</source>
        <translation>Orientierung θ der Normalen der Streifen (0°: senkrechte Streifen): x′ = x cos θ + y sin θ; w = exp(−(x′² + γ²y′²)/(2σ²)) cos(2πx′/λ).</translation>
    </message>
    <message>
        <source>Orientation θ</source>
        <translation>Orientierung θ</translation>
    </message>
    <message>
        <source>Wavelength λ of the stripes in cells: cos(2πx′/λ).</source>
        <translation>Wellenlänge λ der Streifen in Zellen: cos(2πx′/λ).</translation>
    </message>
    <message>
        <source>Wavelength λ</source>
        <translation>Wellenlänge λ</translation>
    </message>
    <message>
        <source>Seed of the random kernel: He-normal w ~ N(0, 2/(k_h·k_w)), output o uses seed + o.</source>
        <translation>Seed des Zufallskernels: He-normal w ~ N(0, 2/(k_h·k_w)), Ausgabe o verwendet Seed + o.</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Seed</translation>
    </message>
    <message>
        <source>The weights w of this (output, input) channel pair; the window computes Σ w·x + b. Click a cell and type a number (Tab moves on).</source>
        <translation>Die Gewichte w dieses Kanalpaars (Ausgang, Eingang); das Fenster berechnet Σ w·x + b. Klicken Sie auf eine Zelle und geben Sie eine Zahl ein (Tab geht weiter).</translation>
    </message>
    <message>
        <source>Bias b of this output channel, added once per output cell: y = Σ w·x + b.</source>
        <translation>Bias b dieses Ausgangskanals, einmal pro Ausgabezelle addiert: y = Σ w·x + b.</translation>
    </message>
    <message>
        <source>Bias b</source>
        <translation>Bias b</translation>
    </message>
    <message>
        <source>Animated output channel</source>
        <translation>Animierter Ausgangskanal</translation>
    </message>
    <message>
        <source>Sigma</source>
        <translation>Sigma</translation>
    </message>
    <message>
        <source>Orientation</source>
        <translation>Orientierung</translation>
    </message>
    <message>
        <source>Wavelength</source>
        <translation>Wellenlänge</translation>
    </message>
    <message>
        <source>Kernel seed</source>
        <translation>Kernel-Seed</translation>
    </message>
    <message>
        <source>Weights w[%1, %2], %3 × %4:</source>
        <translation>Gewichte w[%1, %2], %3 × %4:</translation>
    </message>
    <message>
        <source>Weights w, %1 × %2:</source>
        <translation>Gewichte w, %1 × %2:</translation>
    </message>
    <message>
        <source>Kernel preset</source>
        <translation>Kernel-Vorlage</translation>
    </message>
    <message>
        <source>Kernel preset of one input channel</source>
        <translation>Kernel-Vorlage eines Eingangskanals</translation>
    </message>
    <message>
        <source>Kernel value (%1, %2)</source>
        <translation>Kernelwert (%1, %2)</translation>
    </message>
    <message>
        <source>Bias</source>
        <translation>Bias</translation>
    </message>
</context>
<context>
    <name>convscope::ui::Language</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>&amp;System default</source>
        <translation>&amp;Systemstandard</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>The new language is used from the next start of ConvScope. Restart now? The current scene and network are kept.</source>
        <translation>Die neue Sprache gilt ab dem nächsten Start von ConvScope. Jetzt neu starten? Die aktuelle Szene und das Netzwerk bleiben erhalten.</translation>
    </message>
    <message>
        <source>&amp;Restart now</source>
        <translation>Jetzt &amp;neu starten</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Später</translation>
    </message>
    <message>
        <source>ConvScope could not be started again: please start it yourself.</source>
        <translation>ConvScope konnte nicht neu gestartet werden: bitte starten Sie es selbst.</translation>
    </message>
</context>
<context>
    <name>convscope::ui::LayerStackEditor</name>
    <message>
        <source>One learnable value per output channel, added after the inner product: D more parameters, k₁·k₂·(C/g)·D + D</source>
        <translation>Ein lernbarer Wert je Ausgangskanal, nach dem Skalarprodukt addiert: D Parameter mehr, k₁·k₂·(C/g)·D + D</translation>
    </message>
    <message>
        <source>max: the largest value in the window; average: their mean; sum: their sum (k₁·k₂ times the average). No parameters</source>
        <translation>Maximum: der größte Wert im Fenster; Mittelwert: ihr Durchschnitt; Summe: ihre Summe (k₁·k₂-mal der Mittelwert). Keine Parameter</translation>
    </message>
    <message>
        <source>Round the output size up: ceil((M + 2p − k)/s) + 1 instead of floor(…) + 1, so a last partial window counts</source>
        <translation>Die Ausgabegröße aufrunden: ceil((M + 2p − k)/s) + 1 statt floor(…) + 1, sodass ein letztes angeschnittenes Fenster zählt</translation>
    </message>
    <message>
        <source>Applied to every value on its own: relu max(0, x), leaky_relu max(αx, x), elu, gelu, silu x·σ(x), sigmoid σ(x) = 1/(1 + e^−x), tanh. No parameters to learn</source>
        <translation>Auf jeden Wert einzeln angewandt: relu max(0, x), leaky_relu max(αx, x), elu, gelu, silu x·σ(x), sigmoid σ(x) = 1/(1 + e^−x), tanh. Nichts zu lernen</translation>
    </message>
    <message>
        <source>The function&apos;s constant: leaky_relu&apos;s negative slope α in max(αx, x), elu&apos;s α in α·(eˣ − 1) for x &lt; 0</source>
        <translation>Die Konstante der Funktion: die negative Steigung α von leaky_relu in max(αx, x), das α von elu in α·(eˣ − 1) für x &lt; 0</translation>
    </message>
    <message>
        <source>Output features N: every one is connected to all n inputs, n·N weights (+ N biases)</source>
        <translation>Ausgabemerkmale N: jedes ist mit allen n Eingaben verbunden, n·N Gewichte (+ N Bias-Werte)</translation>
    </message>
    <message>
        <source>One learnable value per output feature: n·N + N parameters</source>
        <translation>Ein lernbarer Wert je Ausgabemerkmal: n·N + N Parameter</translation>
    </message>
    <message>
        <source>&lt;b&gt;Layers&lt;/b&gt;</source>
        <translation>&lt;b&gt;Schichten&lt;/b&gt;</translation>
    </message>
    <message>
        <source>The stack, first layer on top. Drag a layer to move it; Delete removes it, Ctrl+D duplicates it, Alt+Up/Alt+Down move it.</source>
        <translation>Der Stapel, erste Schicht oben. Ziehen Sie eine Schicht, um sie zu verschieben; Entf entfernt sie, Strg+D dupliziert sie, Alt+Auf/Alt+Ab verschieben sie.</translation>
    </message>
    <message>
        <source>Add layer</source>
        <translation>Schicht hinzufügen</translation>
    </message>
    <message>
        <source>Add a layer after the selected one (conv, pooling, activations, batchnorm, flatten, linear, dropout)</source>
        <translation>Eine Schicht nach der ausgewählten hinzufügen (Faltung, Pooling, Aktivierungen, Batchnorm, Flatten, Linear, Dropout)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove the selected layer (Delete)</source>
        <translation>Die ausgewählte Schicht entfernen (Entf)</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Auf</translation>
    </message>
    <message>
        <source>Move the selected layer up (Alt+Up)</source>
        <translation>Die ausgewählte Schicht nach oben verschieben (Alt+Auf)</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Ab</translation>
    </message>
    <message>
        <source>Move the selected layer down (Alt+Down)</source>
        <translation>Die ausgewählte Schicht nach unten verschieben (Alt+Ab)</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplizieren</translation>
    </message>
    <message>
        <source>Insert a copy of the selected layer below it (Ctrl+D)</source>
        <translation>Eine Kopie der ausgewählten Schicht darunter einfügen (Strg+D)</translation>
    </message>
    <message>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <source>Alt+Up</source>
        <translation>Alt+Up</translation>
    </message>
    <message>
        <source>Alt+Down</source>
        <translation>Alt+Down</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>The layer&apos;s name; trained weights are looked up as &lt;name&gt;.weight and &lt;name&gt;.bias. Empty: &lt;type&gt;&lt;index&gt;.</source>
        <translation>Der Name der Schicht; trainierte Gewichte werden als &lt;Name&gt;.weight und &lt;Name&gt;.bias gesucht. Leer: &lt;Typ&gt;&lt;Index&gt;.</translation>
    </message>
    <message>
        <source>Output channels D: the number of filters, one feature map each</source>
        <translation>Ausgangskanäle D: die Anzahl der Filter, je eine Feature-Map</translation>
    </message>
    <message>
        <source>Out channels</source>
        <translation>Ausgangskanäle</translation>
    </message>
    <message>
        <source>Kernel size k</source>
        <translation>Kernelgröße k</translation>
    </message>
    <message>
        <source>Kernel</source>
        <translation>Kernel</translation>
    </message>
    <message>
        <source>Stride s: how far the window moves per output cell</source>
        <translation>Schrittweite s: wie weit sich das Fenster pro Ausgabezelle bewegt</translation>
    </message>
    <message>
        <source>Stride</source>
        <translation>Schrittweite</translation>
    </message>
    <message>
        <source>explicit</source>
        <translation>explizit</translation>
    </message>
    <message>
        <source>same</source>
        <translation>same</translation>
    </message>
    <message>
        <source>valid (0)</source>
        <translation>valid (0)</translation>
    </message>
    <message>
        <source>&quot;same&quot; keeps the size (stride 1 only): total padding d·(k−1), the smaller half before, as PyTorch; &quot;valid&quot; is no padding</source>
        <translation>„same“ erhält die Größe (nur Schrittweite 1): Padding insgesamt d·(k−1), die kleinere Hälfte vorn, wie PyTorch; „valid“ ist kein Padding</translation>
    </message>
    <message>
        <source>Padding p on each side</source>
        <translation>Padding p auf jeder Seite</translation>
    </message>
    <message>
        <source>Padding</source>
        <translation>Padding</translation>
    </message>
    <message>
        <source>Dilation d: d−1 skipped cells between the kernel&apos;s taps</source>
        <translation>Dilatation d: d−1 übersprungene Zellen zwischen den Abgriffen des Kernels</translation>
    </message>
    <message>
        <source>Dilation</source>
        <translation>Dilatation</translation>
    </message>
    <message>
        <source>Groups: the channels are split into this many groups, each with its own filters. Groups = input channels = output channels is a depth-wise convolution.</source>
        <translation>Gruppen: die Kanäle werden in so viele Gruppen geteilt, jede mit eigenen Filtern. Gruppen = Eingangskanäle = Ausgangskanäle ist eine tiefenweise Faltung.</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Gruppen</translation>
    </message>
    <message>
        <source>zeros</source>
        <translation>Nullen</translation>
    </message>
    <message>
        <source>reflect</source>
        <translation>spiegeln</translation>
    </message>
    <message>
        <source>replicate</source>
        <translation>Rand wiederholen</translation>
    </message>
    <message>
        <source>circular</source>
        <translation>zirkulär</translation>
    </message>
    <message>
        <source>What the padding cells hold (PyTorch&apos;s padding_mode)</source>
        <translation>Was die Padding-Zellen enthalten (padding_mode in PyTorch)</translation>
    </message>
    <message>
        <source>Padding mode</source>
        <translation>Padding-Modus</translation>
    </message>
    <message>
        <source>Bias (one per output channel)</source>
        <translation>Bias (einer pro Ausgangskanal)</translation>
    </message>
    <message>
        <source>default initialisation (He-uniform)</source>
        <translation>Standard-Init. (He-uniform)</translation>
    </message>
    <message>
        <source>Without trained weights: a named kernel (Sobel, Laplacian, Gabor, …) for every filter, so the maps mean something; otherwise the documented He-uniform initialisation</source>
        <translation>Ohne trainierte Gewichte: ein benannter Kernel (Sobel, Laplace, Gabor, …) für jeden Filter, damit die Maps etwas bedeuten; sonst die dokumentierte He-uniform-Initialisierung</translation>
    </message>
    <message>
        <source>Kernel values</source>
        <translation>Kernelwerte</translation>
    </message>
    <message>
        <source>max</source>
        <translation>max</translation>
    </message>
    <message>
        <source>average</source>
        <translation>Mittelwert</translation>
    </message>
    <message>
        <source>sum</source>
        <translation>Summe</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Window size</source>
        <translation>Fenstergröße</translation>
    </message>
    <message>
        <source>Stride (usually the window size)</source>
        <translation>Schrittweite (meist die Fenstergröße)</translation>
    </message>
    <message>
        <source>Padding (at most half the window)</source>
        <translation>Padding (höchstens das halbe Fenster)</translation>
    </message>
    <message>
        <source>Ceil mode (keep a last partial window)</source>
        <translation>Ceil-Modus (ein letztes Teilfenster behalten)</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <source>Parameter</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>Added to the variance before the square root</source>
        <translation>Wird vor der Wurzel zur Varianz addiert</translation>
    </message>
    <message>
        <source>eps</source>
        <translation>eps</translation>
    </message>
    <message>
        <source>Inference form: (x − mean)/√(var + eps)·γ + β per channel; 2·C trainable parameters.</source>
        <translation>Inferenzform: (x − mean)/√(var + eps)·γ + β je Kanal; 2·C trainierbare Parameter.</translation>
    </message>
    <message>
        <source>Flatten turns (C, H, W) into one vector of C·H·W numbers, in C order. Layers from here on have no feature maps.</source>
        <translation>Flatten macht aus (C, H, W) einen Vektor aus C·H·W Zahlen, in C-Reihenfolge. Schichten ab hier haben keine Feature-Maps.</translation>
    </message>
    <message>
        <source>Out features</source>
        <translation>Ausgangsmerkmale</translation>
    </message>
    <message>
        <source>Bias</source>
        <translation>Bias</translation>
    </message>
    <message>
        <source>Probability of zeroing an element while training; at inference dropout is the identity</source>
        <translation>Wahrscheinlichkeit, ein Element beim Training auf null zu setzen; bei der Inferenz ist Dropout die Identität</translation>
    </message>
    <message>
        <source>p</source>
        <translation>p</translation>
    </message>
    <message>
        <source>&lt;i&gt;The stack is empty: add a layer.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Der Stapel ist leer: fügen Sie eine Schicht hinzu.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&lt;i&gt;Select a layer to edit it.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Wählen Sie eine Schicht aus, um sie zu bearbeiten.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Layer %1&lt;/b&gt; (%2)</source>
        <translation>&lt;b&gt;Schicht %1&lt;/b&gt; (%2)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>out channels</source>
        <translation>Ausgabekanäle</translation>
    </message>
    <message>
        <source>kernel</source>
        <translation>Kernel</translation>
    </message>
    <message>
        <source>stride</source>
        <translation>Schrittweite</translation>
    </message>
    <message>
        <source>padding kind</source>
        <translation>Padding-Art</translation>
    </message>
    <message>
        <source>padding</source>
        <translation>Padding</translation>
    </message>
    <message>
        <source>dilation</source>
        <translation>Dilatation</translation>
    </message>
    <message>
        <source>groups</source>
        <translation>Gruppen</translation>
    </message>
    <message>
        <source>bias</source>
        <translation>Bias</translation>
    </message>
    <message>
        <source>padding mode</source>
        <translation>Auffüllmodus</translation>
    </message>
    <message>
        <source>kernel values</source>
        <translation>Kernelwerte</translation>
    </message>
    <message>
        <source>pool type</source>
        <translation>Pooling-Art</translation>
    </message>
    <message>
        <source>ceil mode</source>
        <translation>Ceil-Modus</translation>
    </message>
    <message>
        <source>function</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <source>parameter</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>out features</source>
        <translation>Ausgabemerkmale</translation>
    </message>
</context>
<context>
    <name>convscope::ui::MainWindow</name>
    <message>
        <source>Controls</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Feature maps</source>
        <translation>Feature-Maps</translation>
    </message>
    <message>
        <source>Show exercise</source>
        <translation>Aufgabe zeigen</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open a scene (*.convscope.json) or an image (PNG, JPEG, BMP, TIFF, WebP; up to 50 megapixels)</source>
        <translation>Eine Szene (*.convscope.json) oder ein Bild öffnen (PNG, JPEG, BMP, TIFF, WebP; bis 50 Megapixel)</translation>
    </message>
    <message>
        <source>Open &amp;image…</source>
        <translation>&amp;Bild öffnen…</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>&amp;Examples</source>
        <translation>&amp;Beispiele</translation>
    </message>
    <message>
        <source>Save them before opening another scene?</source>
        <translation>Vor dem Öffnen einer anderen Szene speichern?</translation>
    </message>
    <message>
        <source>&amp;Save scene</source>
        <translation>Szene &amp;speichern</translation>
    </message>
    <message>
        <source>Save scene &amp;as…</source>
        <translation>Szene speichern &amp;unter…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>Ctrl+Shift+Z</source>
        <translation>Ctrl+Shift+Z</translation>
    </message>
    <message>
        <source>Copy as &amp;PyTorch</source>
        <translation>Als &amp;PyTorch kopieren</translation>
    </message>
    <message>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <source>Put the PyTorch code of the network (Network view) or of the layer (Playground) on the clipboard</source>
        <translation>Den PyTorch-Code des Netzwerks (Netzwerk-Ansicht) oder der Schicht (Playground) in die Zwischenablage legen</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Playground</source>
        <translation>&amp;Playground</translation>
    </message>
    <message>
        <source>Ne&amp;twork</source>
        <translation>Ne&amp;tzwerk</translation>
    </message>
    <message>
        <source>&amp;Exercises</source>
        <translation>&amp;Aufgaben</translation>
    </message>
    <message>
        <source>Ctrl+1</source>
        <translation>Ctrl+1</translation>
    </message>
    <message>
        <source>Ctrl+2</source>
        <translation>Ctrl+2</translation>
    </message>
    <message>
        <source>Ctrl+3</source>
        <translation>Ctrl+3</translation>
    </message>
    <message>
        <source>One layer, animated: the sliding window, the arithmetic, the output</source>
        <translation>Eine Schicht, animiert: das gleitende Fenster, die Rechnung, die Ausgabe</translation>
    </message>
    <message>
        <source>A stack of layers on the image: summary, feature maps, receptive fields</source>
        <translation>Ein Stapel von Schichten auf dem Bild: Übersicht, Feature-Maps, rezeptive Felder</translation>
    </message>
    <message>
        <source>The lecture&apos;s exercises and generated ones, checked, with worked solutions</source>
        <translation>Die Aufgaben der Vorlesung und erzeugte, geprüft, mit Musterlösungen</translation>
    </message>
    <message>
        <source>Show &amp;numbers in cells</source>
        <translation>&amp;Zahlen in den Zellen zeigen</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Numbers in cells</source>
        <translation>Zahlen in den Zellen</translation>
    </message>
    <message>
        <source>&amp;Dark theme</source>
        <translation>&amp;Dunkles Design</translation>
    </message>
    <message>
        <source>Ctrl+Shift+D</source>
        <translation>Ctrl+Shift+D</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Design</translation>
    </message>
    <message>
        <source>P&amp;resenter mode</source>
        <translation>P&amp;räsentationsmodus</translation>
    </message>
    <message>
        <source>Full screen, large type, only the stage and the transport bar (Esc leaves)</source>
        <translation>Vollbild, große Schrift, nur die Bühne und die Transportleiste (Esc beendet)</translation>
    </message>
    <message>
        <source>Leave presenter mode</source>
        <translation>Präsentationsmodus beenden</translation>
    </message>
    <message>
        <source>Ne&amp;xt scene of the lecture</source>
        <translation>Nä&amp;chste Szene der Vorlesung</translation>
    </message>
    <message>
        <source>Save them before opening the next scene?</source>
        <translation>Vor dem Öffnen der nächsten Szene speichern?</translation>
    </message>
    <message>
        <source>Pre&amp;vious scene of the lecture</source>
        <translation>&amp;Vorige Szene der Vorlesung</translation>
    </message>
    <message>
        <source>Save them before opening the previous scene?</source>
        <translation>Vor dem Öffnen der vorigen Szene speichern?</translation>
    </message>
    <message>
        <source>Open &amp;bundled lecture</source>
        <translation>&amp;Mitgelieferte Vorlesung öffnen</translation>
    </message>
    <message>
        <source>Save them before opening the lecture?</source>
        <translation>Vor dem Öffnen der Vorlesung speichern?</translation>
    </message>
    <message>
        <source>&amp;Animation</source>
        <translation>A&amp;nimation</translation>
    </message>
    <message>
        <source>&amp;Play</source>
        <translation>&amp;Abspielen</translation>
    </message>
    <message>
        <source>Play or pause the sliding window (Space)</source>
        <translation>Das gleitende Fenster abspielen oder anhalten (Leertaste)</translation>
    </message>
    <message>
        <source>Step &amp;forward</source>
        <translation>Schritt &amp;vor</translation>
    </message>
    <message>
        <source>Move the window one step on (Right, Page Down)</source>
        <translation>Das Fenster einen Schritt weiterbewegen (Rechts, Bild ab)</translation>
    </message>
    <message>
        <source>Step &amp;back</source>
        <translation>Schritt &amp;zurück</translation>
    </message>
    <message>
        <source>Move the window one step back (Left, Page Up)</source>
        <translation>Das Fenster einen Schritt zurückbewegen (Links, Bild auf)</translation>
    </message>
    <message>
        <source>F&amp;irst step</source>
        <translation>&amp;Erster Schritt</translation>
    </message>
    <message>
        <source>Go to the first window (Home)</source>
        <translation>Zum ersten Fenster (Pos1)</translation>
    </message>
    <message>
        <source>&amp;Last step</source>
        <translation>&amp;Letzter Schritt</translation>
    </message>
    <message>
        <source>Go to the last window (End)</source>
        <translation>Zum letzten Fenster (Ende)</translation>
    </message>
    <message>
        <source>F&amp;aster</source>
        <translation>&amp;Schneller</translation>
    </message>
    <message>
        <source>Double the speed (+)</source>
        <translation>Geschwindigkeit verdoppeln (+)</translation>
    </message>
    <message>
        <source>&amp;Slower</source>
        <translation>Lang&amp;samer</translation>
    </message>
    <message>
        <source>Halve the speed (-)</source>
        <translation>Geschwindigkeit halbieren (-)</translation>
    </message>
    <message>
        <source>L&amp;oop</source>
        <translation>&amp;Schleife</translation>
    </message>
    <message>
        <source>L</source>
        <translation>L</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About ConvScope</source>
        <translation>Ü&amp;ber ConvScope</translation>
    </message>
    <message>
        <source>Animation</source>
        <translation>Animation</translation>
    </message>
    <message>
        <source>First step (Home)</source>
        <translation>Erster Schritt (Pos1)</translation>
    </message>
    <message>
        <source>Step back (Left)</source>
        <translation>Schritt zurück (Links)</translation>
    </message>
    <message>
        <source>Step forward (Right)</source>
        <translation>Schritt vor (Rechts)</translation>
    </message>
    <message>
        <source>Last step (End)</source>
        <translation>Letzter Schritt (Ende)</translation>
    </message>
    <message>
        <source>Every step of the sliding window: drag to scrub</source>
        <translation>Jeder Schritt des gleitenden Fensters: ziehen zum Spulen</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Tempo</translation>
    </message>
    <message>
        <source> steps/s</source>
        <translation> Schritte/s</translation>
    </message>
    <message>
        <source>Steps per second while playing (+ and - double and halve it)</source>
        <translation>Schritte pro Sekunde beim Abspielen (+ und - verdoppeln und halbieren)</translation>
    </message>
    <message>
        <source>Loop</source>
        <translation>Schleife</translation>
    </message>
    <message>
        <source>Start over after the last step (L)</source>
        <translation>Nach dem letzten Schritt von vorn beginnen (L)</translation>
    </message>
    <message>
        <source>step %1 of %2</source>
        <translation>Schritt %1 von %2</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Abspielen</translation>
    </message>
    <message>
        <source>%1[*] — ConvScope</source>
        <translation>%1[*] — ConvScope</translation>
    </message>
    <message>
        <source>ConvScope</source>
        <translation>ConvScope</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>Open the network of %1</source>
        <translation>Das Netzwerk von %1 öffnen</translation>
    </message>
    <message>
        <source>Open image</source>
        <translation>Bild öffnen</translation>
    </message>
    <message>
        <source>Cannot save %1: %2</source>
        <translation>%1 kann nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <source>Open scene or image</source>
        <translation>Szene oder Bild öffnen</translation>
    </message>
    <message>
        <source>Scenes, lectures, networks and images (*.convscope.json *.convscope-lecture.json *.json *.onnx *.png *.jpg *.jpeg *.bmp *.tif *.tiff *.webp *.pgm *.ppm);;Scenes (*.convscope.json);;Lectures (*.convscope-lecture.json);;Networks (*.json *.onnx);;Images (*.png *.jpg *.jpeg *.bmp *.tif *.tiff *.webp *.pgm *.ppm);;All files (*)</source>
        <translation>Szenen, Vorlesungen, Netzwerke und Bilder (*.convscope.json *.convscope-lecture.json *.json *.onnx *.png *.jpg *.jpeg *.bmp *.tif *.tiff *.webp *.pgm *.ppm);;Szenen (*.convscope.json);;Vorlesungen (*.convscope-lecture.json);;Netzwerke (*.json *.onnx);;Bilder (*.png *.jpg *.jpeg *.bmp *.tif *.tiff *.webp *.pgm *.ppm);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.bmp *.tif *.tiff *.webp *.pgm *.ppm);;All files (*)</source>
        <translation>Bilder (*.png *.jpg *.jpeg *.bmp *.tif *.tiff *.webp *.pgm *.ppm);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Save scene</source>
        <translation>Szene speichern</translation>
    </message>
    <message>
        <source>Scenes (*.convscope.json)</source>
        <translation>Szenen (*.convscope.json)</translation>
    </message>
    <message>
        <source>Save them before closing?</source>
        <translation>Vor dem Schließen speichern?</translation>
    </message>
    <message>
        <source>About ConvScope</source>
        <translation>Über ConvScope</translation>
    </message>
    <message>
        <source>&lt;h3&gt;ConvScope %1&lt;/h3&gt;&lt;p&gt;Convolutional neural networks made visible: a kernel slides over an image, and every number — output size, parameters, receptive field — is computed as PyTorch does and can be checked by hand.&lt;/p&gt;&lt;p&gt;Sample photographs from scikit-image&apos;s data: Chelsea the cat (CC0, Stéfan van der Walt), coffee (CC0, Rachel Michetti), the cameraman (CC0, Lav Varshney), astronaut Eileen Collins (public domain, NASA).&lt;/p&gt;</source>
        <translation>&lt;h3&gt;ConvScope %1&lt;/h3&gt;&lt;p&gt;Faltende neuronale Netze sichtbar gemacht: ein Kernel gleitet über ein Bild, und jede Zahl — Ausgabegröße, Parameter, rezeptives Feld — wird wie in PyTorch berechnet und lässt sich von Hand nachprüfen.&lt;/p&gt;&lt;p&gt;Beispielfotos aus den Daten von scikit-image: die Katze Chelsea (CC0, Stéfan van der Walt), Kaffee (CC0, Rachel Michetti), der Kameramann (CC0, Lav Varshney), die Astronautin Eileen Collins (gemeinfrei, NASA).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Networks</source>
        <translation>&amp;Netzwerke</translation>
    </message>
    <message>
        <source>Save them before opening another network?</source>
        <translation>Vor dem Öffnen eines anderen Netzwerks speichern?</translation>
    </message>
    <message>
        <source>%1 layers; opens in the Network view</source>
        <translation>%1 Schichten; öffnet sich in der Netzwerk-Ansicht</translation>
    </message>
    <message>
        <source>The lecture&apos;s examples</source>
        <translation>Die Beispiele der Vorlesung</translation>
    </message>
    <message>
        <source>&amp;Open network…</source>
        <translation>Netzwerk &amp;öffnen…</translation>
    </message>
    <message>
        <source>Open network</source>
        <translation>Netzwerk öffnen</translation>
    </message>
    <message>
        <source>Networks (*.json *.onnx);;Network specs (*.json);;ONNX models (*.onnx);;All files (*)</source>
        <translation>Netzwerke (*.json *.onnx);;Netzwerkbeschreibungen (*.json);;ONNX-Modelle (*.onnx);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>&amp;Save network as…</source>
        <translation>Netzwerk speichern &amp;unter…</translation>
    </message>
    <message>
        <source>Load &amp;weights (.npz)…</source>
        <translation>&amp;Gewichte laden (.npz)…</translation>
    </message>
    <message>
        <source>Load weights</source>
        <translation>Gewichte laden</translation>
    </message>
    <message>
        <source>NumPy archives (*.npz);;All files (*)</source>
        <translation>NumPy-Archive (*.npz);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Load weights from a &amp;folder of .npy…</source>
        <translation>Gewichte aus einem &amp;Ordner mit .npy laden…</translation>
    </message>
    <message>
        <source>Folder of &lt;layer&gt;.weight.npy files</source>
        <translation>Ordner mit &lt;Schicht&gt;.weight.npy-Dateien</translation>
    </message>
    <message>
        <source>&amp;Clear weights</source>
        <translation>Gewichte &amp;entfernen</translation>
    </message>
    <message>
        <source>Cannot open the preset %1: %2</source>
        <translation>Die Vorlage %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>Preset %1</source>
        <translation>Vorlage %1</translation>
    </message>
    <message>
        <source>Cannot open %1</source>
        <translation type="vanished">%1 kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>%1 öffnen</translation>
    </message>
    <message>
        <source>trained, from %1</source>
        <translation>trainiert, aus %1</translation>
    </message>
    <message>
        <source>weights not loaded: %1</source>
        <translation>Gewichte nicht geladen: %1</translation>
    </message>
    <message>
        <source>Cannot load weights from %1: %2</source>
        <translation>Gewichte aus %1 können nicht geladen werden: %2</translation>
    </message>
    <message>
        <source>the Playground&apos;s grid</source>
        <translation>das Raster des Playgrounds</translation>
    </message>
    <message>
        <source>Cannot write PyTorch code: %1</source>
        <translation>PyTorch-Code kann nicht erzeugt werden: %1</translation>
    </message>
    <message>
        <source>PyTorch code copied to the clipboard</source>
        <translation>PyTorch-Code in die Zwischenablage kopiert</translation>
    </message>
    <message>
        <source>Cannot open the lecture %1: %2</source>
        <translation>Die Vorlesung %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>scene %1 of %2: %3</source>
        <translation>Szene %1 von %2: %3</translation>
    </message>
    <message>
        <source>Lecture: %1 (Ctrl+Page Down / Ctrl+Page Up: next / previous scene)</source>
        <translation>Vorlesung: %1 (Strg+Bild ab / Strg+Bild auf: nächste / vorige Szene)</translation>
    </message>
    <message>
        <source>Untitled scene</source>
        <translation>Unbenannte Szene</translation>
    </message>
    <message>
        <source>The scene “%1” and the network “%2” have unsaved changes.</source>
        <translation>Die Szene „%1“ und das Netzwerk „%2“ haben ungespeicherte Änderungen.</translation>
    </message>
    <message>
        <source>The scene “%1” has unsaved changes.</source>
        <translation>Die Szene „%1“ hat ungespeicherte Änderungen.</translation>
    </message>
    <message>
        <source>The network “%1” has unsaved changes.</source>
        <translation>Das Netzwerk „%1“ hat ungespeicherte Änderungen.</translation>
    </message>
    <message>
        <source>Save network</source>
        <translation>Netzwerk speichern</translation>
    </message>
    <message>
        <source>Network specs (*.json)</source>
        <translation>Netzwerkbeschreibungen (*.json)</translation>
    </message>
    <message>
        <source>Autosave is off: %1</source>
        <translation>Automatisches Speichern ist aus: %1</translation>
    </message>
    <message>
        <source>The unsaved work of a session that did not shut down normally cannot be restored (%1): %2</source>
        <translation>Die ungespeicherte Arbeit einer Sitzung, die nicht normal beendet wurde, kann nicht wiederhergestellt werden (%1): %2</translation>
    </message>
    <message>
        <source>the unsaved scene and network</source>
        <translation>die ungespeicherte Szene und das Netzwerk</translation>
    </message>
    <message>
        <source>the unsaved network</source>
        <translation>das ungespeicherte Netzwerk</translation>
    </message>
    <message>
        <source>the unsaved scene</source>
        <translation>die ungespeicherte Szene</translation>
    </message>
    <message>
        <source>ConvScope did not shut down normally. Restore %1 from %2?</source>
        <translation>ConvScope wurde nicht normal beendet. %1 aus %2 wiederherstellen?</translation>
    </message>
    <message>
        <source>Restored the unsaved work from %1</source>
        <translation>Die ungespeicherte Arbeit aus %1 wurde wiederhergestellt</translation>
    </message>
    <message>
        <source>ConvScope &amp;help</source>
        <translation>ConvScope-&amp;Hilfe</translation>
    </message>
    <message>
        <source>Yes opens it with its changes still unsaved; No deletes it.</source>
        <translation>Ja öffnet sie mit ihren noch ungespeicherten Änderungen; Nein löscht sie.</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="vanished">&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>%1%2 — ConvScope</source>
        <translation type="vanished">%1%2 — ConvScope</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="vanished">Tastenkürzel</translation>
    </message>
    <message>
        <source>&lt;table cellpadding=&apos;3&apos;&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Space&lt;/b&gt;&lt;/td&gt;&lt;td&gt;play / pause&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Right&lt;/b&gt;, &lt;b&gt;Page Down&lt;/b&gt;&lt;/td&gt;&lt;td&gt;step forward&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Left&lt;/b&gt;, &lt;b&gt;Page Up&lt;/b&gt;&lt;/td&gt;&lt;td&gt;step back&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;F5&lt;/b&gt; / &lt;b&gt;Esc&lt;/b&gt;&lt;/td&gt;&lt;td&gt;presenter mode on / off&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Page Down&lt;/b&gt; / &lt;b&gt;Ctrl+Page Up&lt;/b&gt;&lt;/td&gt;&lt;td&gt;next / previous scene of a lecture&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Home&lt;/b&gt; / &lt;b&gt;End&lt;/b&gt;&lt;/td&gt;&lt;td&gt;first / last step&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;+&lt;/b&gt; / &lt;b&gt;-&lt;/b&gt;&lt;/td&gt;&lt;td&gt;faster / slower&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;L&lt;/b&gt;&lt;/td&gt;&lt;td&gt;loop on / off&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;N&lt;/b&gt;&lt;/td&gt;&lt;td&gt;numbers in cells on / off&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Z&lt;/b&gt; / &lt;b&gt;Ctrl+Shift+Z&lt;/b&gt;&lt;/td&gt;&lt;td&gt;undo / redo a parameter edit&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+1&lt;/b&gt; / &lt;b&gt;Ctrl+2&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Playground / Network view&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+3&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Exercises: Enter checks, Alt+Left/Right previous / next&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Delete&lt;/b&gt;, &lt;b&gt;Ctrl+D&lt;/b&gt;, &lt;b&gt;Alt+Up/Down&lt;/b&gt;&lt;/td&gt;&lt;td&gt;remove, duplicate, move a layer (Network view)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Shift+C&lt;/b&gt;&lt;/td&gt;&lt;td&gt;copy as PyTorch&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+O&lt;/b&gt;, &lt;b&gt;Ctrl+I&lt;/b&gt;&lt;/td&gt;&lt;td&gt;open a scene or image, open an image&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+S&lt;/b&gt;, &lt;b&gt;Ctrl+Shift+S&lt;/b&gt;&lt;/td&gt;&lt;td&gt;save the scene, save as&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Shift+D&lt;/b&gt;&lt;/td&gt;&lt;td&gt;dark theme&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;wheel&lt;/b&gt;, &lt;b&gt;drag&lt;/b&gt;&lt;/td&gt;&lt;td&gt;zoom and pan the input&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Shift+drag&lt;/b&gt;&lt;/td&gt;&lt;td&gt;crop the photo to a rectangle&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;click a cell&lt;/b&gt;&lt;/td&gt;&lt;td&gt;jump to the step that writes or reads it&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</source>
        <translation type="vanished">&lt;table cellpadding=&apos;3&apos;&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Leertaste&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Abspielen / Pause&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Rechts&lt;/b&gt;, &lt;b&gt;Bild ab&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Schritt vor&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Links&lt;/b&gt;, &lt;b&gt;Bild auf&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Schritt zurück&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;F5&lt;/b&gt; / &lt;b&gt;Esc&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Präsentationsmodus an / aus&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Strg+Bild ab&lt;/b&gt; / &lt;b&gt;Strg+Bild auf&lt;/b&gt;&lt;/td&gt;&lt;td&gt;nächste / vorige Szene einer Vorlesung&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Pos1&lt;/b&gt; / &lt;b&gt;Ende&lt;/b&gt;&lt;/td&gt;&lt;td&gt;erster / letzter Schritt&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;+&lt;/b&gt; / &lt;b&gt;-&lt;/b&gt;&lt;/td&gt;&lt;td&gt;schneller / langsamer&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;L&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Schleife an / aus&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;N&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Zahlen in den Zellen an / aus&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Strg+Z&lt;/b&gt; / &lt;b&gt;Strg+Umschalt+Z&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Parameteränderung rückgängig / wiederherstellen&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Strg+1&lt;/b&gt; / &lt;b&gt;Strg+2&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Playground / Netzwerk-Ansicht&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Strg+3&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Aufgaben: Enter prüft, Alt+Links/Rechts vorige / nächste&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Entf&lt;/b&gt;, &lt;b&gt;Strg+D&lt;/b&gt;, &lt;b&gt;Alt+Auf/Ab&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Schicht entfernen, duplizieren, verschieben (Netzwerk-Ansicht)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Strg+Umschalt+C&lt;/b&gt;&lt;/td&gt;&lt;td&gt;als PyTorch kopieren&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Strg+O&lt;/b&gt;, &lt;b&gt;Strg+I&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Szene oder Bild öffnen, Bild öffnen&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Strg+S&lt;/b&gt;, &lt;b&gt;Strg+Umschalt+S&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Szene speichern, speichern unter&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Strg+Umschalt+D&lt;/b&gt;&lt;/td&gt;&lt;td&gt;dunkles Design&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Mausrad&lt;/b&gt;, &lt;b&gt;Ziehen&lt;/b&gt;&lt;/td&gt;&lt;td&gt;die Eingabe zoomen und verschieben&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Umschalt+Ziehen&lt;/b&gt;&lt;/td&gt;&lt;td&gt;das Foto auf ein Rechteck zuschneiden&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Klick auf eine Zelle&lt;/b&gt;&lt;/td&gt;&lt;td&gt;springt zu dem Schritt, der sie schreibt oder liest&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</translation>
    </message>
    <message>
        <source>&amp;New scene</source>
        <translation>&amp;Neue Szene</translation>
    </message>
    <message>
        <source>Save them before starting a new scene?</source>
        <translation>Vor dem Beginn einer neuen Szene speichern?</translation>
    </message>
    <message>
        <source>Start again from the default scene (the Network view keeps its network)</source>
        <translation>Neu mit der Standardszene beginnen (die Netzwerk-Ansicht behält ihr Netzwerk)</translation>
    </message>
    <message>
        <source>Restore the painted pixels</source>
        <translation>Die bemalten Pixel wiederherstellen</translation>
    </message>
    <message>
        <source>The painted pixels could not be restored: %1</source>
        <translation>Die bemalten Pixel konnten nicht wiederhergestellt werden: %1</translation>
    </message>
    <message>
        <source>the photo has changed</source>
        <translation>das Foto hat sich geändert</translation>
    </message>
</context>
<context>
    <name>convscope::ui::NetworkModel</name>
    <message>
        <source>Set network</source>
        <translation>Netzwerk setzen</translation>
    </message>
    <message>
        <source>weights of %1</source>
        <translation>Gewichte von %1</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>%1 hinzufügen</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>%1 entfernen</translation>
    </message>
    <message>
        <source>Move %1</source>
        <translation>%1 verschieben</translation>
    </message>
    <message>
        <source>Duplicate %1</source>
        <translation>%1 duplizieren</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
    <message>
        <source>Load weights</source>
        <translation>Gewichte laden</translation>
    </message>
    <message>
        <source>Clear weights</source>
        <translation>Gewichte entfernen</translation>
    </message>
    <message>
        <source>the picture has %1 dimensions but the network is %2-D</source>
        <translation>das Bild hat %1 Dimensionen, das Netzwerk ist aber %2-D</translation>
    </message>
    <message>
        <source>there is no picture: open an image</source>
        <translation>es gibt kein Bild: öffnen Sie ein Bild</translation>
    </message>
    <message>
        <source>Open an image (File &gt; Open image) to see the feature maps.</source>
        <translation>Öffnen Sie ein Bild (Datei &gt; Bild öffnen), um die Feature-Maps zu sehen.</translation>
    </message>
    <message>
        <source>Feature maps are drawn for 2-D networks on a picture; this network is %1-D.</source>
        <translation>Feature-Maps werden für 2-D-Netzwerke auf einem Bild gezeichnet; dieses Netzwerk ist %1-D.</translation>
    </message>
    <message>
        <source>The stack is empty: add a layer.</source>
        <translation>Der Stapel ist leer: fügen Sie eine Schicht hinzu.</translation>
    </message>
    <message>
        <source>No maps: the stack starts with a flatten or linear layer.</source>
        <translation>Keine Maps: der Stapel beginnt mit einer Flatten- oder Linear-Schicht.</translation>
    </message>
    <message>
        <source>The picture (%1 × %2 pixels) does not fit this stack: %3</source>
        <translation>Das Bild (%1 × %2 Pixel) passt nicht zu diesem Stapel: %3</translation>
    </message>
    <message>
        <source> (this computer has %1)</source>
        <translation> (dieser Rechner hat %1)</translation>
    </message>
    <message>
        <source>Not computed (about %1 and %2 of feature maps); the maps shown are the previous ones. A smaller picture or stack computes at once; the next edit asks again.</source>
        <translation>Nicht berechnet (etwa %1 und %2 an Feature-Maps); die gezeigten Maps sind die vorigen. Ein kleineres Bild oder ein kleinerer Stapel wird sofort berechnet; die nächste Änderung fragt erneut.</translation>
    </message>
    <message>
        <source>A large computation: about %1 (some %2) and %3 of feature maps kept for the gallery%4. It may make the computer slow or run out of memory. Compute it anyway?</source>
        <translation>Eine große Berechnung: etwa %1 (rund %2) und %3 an Feature-Maps für die Galerie%4. Der Rechner kann dabei langsam werden oder den Speicher erschöpfen. Trotzdem berechnen?</translation>
    </message>
</context>
<context>
    <name>convscope::ui::NetworkView</name>
    <message>
        <source>Click a cell of a feature map (right) to see the input pixels it depends on. Wheel zooms, drag pans, double-click fits.</source>
        <translation>Klicken Sie auf eine Zelle einer Feature-Map (rechts), um die Eingabepixel zu sehen, von denen sie abhängt. Mausrad zoomt, Ziehen verschiebt, Doppelklick passt ein.</translation>
    </message>
    <message>
        <source>Shapes for</source>
        <translation>Formen für</translation>
    </message>
    <message>
        <source>The output shapes, parameters and MACs for the network&apos;s own input size (as torchinfo prints them) or for the picture the maps are computed on. Receptive fields do not depend on the input size.</source>
        <translation>Die Ausgabeformen, Parameter und MACs für die eigene Eingabegröße des Netzwerks (wie torchinfo sie ausgibt) oder für das Bild, auf dem die Maps berechnet werden. Rezeptive Felder hängen nicht von der Eingabegröße ab.</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Receptive field chart</source>
        <translation>Diagramm der rezeptiven Felder</translation>
    </message>
    <message>
        <source>Small vs large kernels</source>
        <translation>Kleine vs. große Kernel</translation>
    </message>
    <message>
        <source>Parameter counts</source>
        <translation>Parameterzahlen</translation>
    </message>
    <message>
        <source>computing layer %v of %m</source>
        <translation>berechne Schicht %v von %m</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Stop computing; the previous maps stay</source>
        <translation>Berechnung anhalten; die vorigen Maps bleiben</translation>
    </message>
    <message>
        <source>the network&apos;s input %1</source>
        <translation>die Eingabe des Netzwerks %1</translation>
    </message>
    <message>
        <source>this picture %1</source>
        <translation>dieses Bild %1</translation>
    </message>
    <message>
        <source>The stack is empty</source>
        <translation>Der Stapel ist leer</translation>
    </message>
    <message>
        <source>, as grey (the network takes 1 channel)</source>
        <translation>, als Graustufen (das Netzwerk nimmt 1 Kanal)</translation>
    </message>
    <message>
        <source>, as RGB (the network takes 3 channels)</source>
        <translation>, als RGB (das Netzwerk nimmt 3 Kanäle)</translation>
    </message>
    <message>
        <source>, its channels repeated to the network&apos;s %1</source>
        <translation>, seine Kanäle auf die %1 des Netzwerks wiederholt</translation>
    </message>
    <message>
        <source>&lt;b&gt;Input&lt;/b&gt;: %1 %2 pixels%3 — the stack runs on the whole picture at its own size.</source>
        <translation>&lt;b&gt;Eingabe&lt;/b&gt;: %1 %2 Pixel%3 — der Stapel läuft auf dem ganzen Bild in seiner eigenen Größe.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Input&lt;/b&gt;: none — open an image (File &gt; Open image).</source>
        <translation>&lt;b&gt;Eingabe&lt;/b&gt;: keine — öffnen Sie ein Bild (Datei &gt; Bild öffnen).</translation>
    </message>
    <message>
        <source> Weights: default initialisation (or the layers&apos; kernel presets).</source>
        <translation> Gewichte: Standard-Initialisierung (oder die Kernel-Vorlagen der Schichten).</translation>
    </message>
    <message>
        <source> Weights: %1.</source>
        <translation> Gewichte: %1.</translation>
    </message>
    <message>
        <source>%1
The maps below are the last ones computed.</source>
        <translation>%1
Die Maps unten sind die zuletzt berechneten.</translation>
    </message>
    <message>
        <source>computing…</source>
        <translation>wird berechnet…</translation>
    </message>
    <message>
        <source>Compute anyway</source>
        <translation>Trotzdem berechnen</translation>
    </message>
    <message>
        <source>Keep the previous maps</source>
        <translation>Die vorigen Maps behalten</translation>
    </message>
    <message>
        <source>layer %1 (%2), a %3 convolution</source>
        <translation>Schicht %1 (%2), eine %3-Faltung</translation>
    </message>
    <message>
        <source> in %1 groups</source>
        <translation> in %1 Gruppen</translation>
    </message>
    <message>
        <source> (its depth %1 is left out here)</source>
        <translation> (ihre Tiefe %1 bleibt hier unberücksichtigt)</translation>
    </message>
</context>
<context>
    <name>convscope::ui::ParameterArguments</name>
    <message>
        <source>N inputs → N outputs: how many parameters?</source>
        <translation>N Eingaben → N Ausgaben: wie viele Parameter?</translation>
    </message>
    <message>
        <source>N =</source>
        <translation>N =</translation>
    </message>
    <message>
        <source>Fully connected</source>
        <translation>Vollständig verbunden</translation>
    </message>
    <message>
        <source>Locally connected
(5 neighbours)</source>
        <translation>Lokal verbunden
(5 Nachbarn)</translation>
    </message>
    <message>
        <source>1-d convolution
(kernel 5)</source>
        <translation>1-d-Faltung
(Kernel 5)</translation>
    </message>
    <message>
        <source>C =</source>
        <translation>C =</translation>
    </message>
    <message>
        <source>kernel h × w =</source>
        <translation>Kernel h × w =</translation>
    </message>
    <message>
        <source>Depth-wise separable
(h×w depth-wise + 1×1)</source>
        <translation>Tiefenweise separierbar
(h×w tiefenweise + 1×1)</translation>
    </message>
    <message>
        <source>Vanilla h×w</source>
        <translation>Gewöhnlich h×w</translation>
    </message>
    <message>
        <source>N² + N = %1 + %2 = %3 weights + %4 biases = &lt;b&gt;%5&lt;/b&gt;  — every output sees every input</source>
        <translation>N² + N = %1 + %2 = %3 Gewichte + %4 Bias-Werte = &lt;b&gt;%5&lt;/b&gt;  — jede Ausgabe sieht jede Eingabe</translation>
    </message>
    <message>
        <source>5N + N = 5·%1 + %1 = %2 weights + %3 biases = &lt;b&gt;%4&lt;/b&gt;  — each output sees 5 neighbours, with its own weights</source>
        <translation>5N + N = 5·%1 + %1 = %2 Gewichte + %3 Bias-Werte = &lt;b&gt;%4&lt;/b&gt;  — jede Ausgabe sieht 5 Nachbarn, mit eigenen Gewichten</translation>
    </message>
    <message>
        <source>5 + 1 = &lt;b&gt;%1&lt;/b&gt;  — the same 5 weights slide over all %2 positions, whatever N is</source>
        <translation>5 + 1 = &lt;b&gt;%1&lt;/b&gt;  — dieselben 5 Gewichte gleiten über alle %2 Positionen, egal wie groß N ist</translation>
    </message>
    <message>
        <source>h·w·C + C² = %1·%2 + %3 = %4 + %5 = &lt;b&gt;%6&lt;/b&gt;</source>
        <translation>h·w·C + C² = %1·%2 + %3 = %4 + %5 = &lt;b&gt;%6&lt;/b&gt;</translation>
    </message>
    <message>
        <source>h·w·C² = %1·%2 = &lt;b&gt;%3&lt;/b&gt;</source>
        <translation>h·w·C² = %1·%2 = &lt;b&gt;%3&lt;/b&gt;</translation>
    </message>
    <message>
        <source>%1× fewer parameters</source>
        <translation>%1× weniger Parameter</translation>
    </message>
    <message>
        <source>the same number of parameters</source>
        <translation>gleich viele Parameter</translation>
    </message>
    <message>
        <source>%1× more parameters</source>
        <translation>%1× mehr Parameter</translation>
    </message>
    <message>
        <source>Ratio: %1 / %2 = &lt;b&gt;%3&lt;/b&gt;, %4. For h = w = 3 it is 9C + C² against 9C²: cheaper for every C ≥ 2 (but a depth-wise kernel cannot mix channels).</source>
        <translation>Verhältnis: %1 / %2 = &lt;b&gt;%3&lt;/b&gt;, %4. Für h = w = 3 sind es 9C + C² gegen 9C²: günstiger für jedes C ≥ 2 (aber ein tiefenweiser Kernel kann keine Kanäle mischen).</translation>
    </message>
    <message>
        <source>Depth-wise separable vs vanilla convolution, C channels in, D out</source>
        <translation>Tiefenweise separierbar vs. gewöhnlich, C Kanäle ein, D aus</translation>
    </message>
    <message>
        <source>D =</source>
        <translation>D =</translation>
    </message>
    <message>
        <source>Output channels; follows C while the two are equal</source>
        <translation>Ausgangskanäle; folgt C, solange beide gleich sind</translation>
    </message>
    <message>
        <source>Select a convolution in the Summary tab to use its kernel, C and D here.</source>
        <translation>Wählen Sie im Reiter „Übersicht“ eine Faltung, um hier ihren Kernel, C und D zu verwenden.</translation>
    </message>
    <message>
        <source>From %1: kernel %2 × %3, C = %4 in, D = %5 out.</source>
        <translation>Aus %1: Kernel %2 × %3, C = %4 ein, D = %5 aus.</translation>
    </message>
    <message>
        <source>(Clipped to what the boxes allow.)</source>
        <translation>(Auf das begrenzt, was die Felder zulassen.)</translation>
    </message>
    <message>
        <source>Numbers set by hand; select a convolution in the Summary tab to use its kernel, C and D.</source>
        <translation>Zahlen von Hand gesetzt; wählen Sie im Reiter „Übersicht“ eine Faltung, um ihren Kernel, C und D zu verwenden.</translation>
    </message>
    <message>
        <source>h·w·C + C·D = %1·%2 + %2·%3 = %4 + %5 = &lt;b&gt;%6&lt;/b&gt;</source>
        <translation>h·w·C + C·D = %1·%2 + %2·%3 = %4 + %5 = &lt;b&gt;%6&lt;/b&gt;</translation>
    </message>
    <message>
        <source>h·w·C·D = %1·%2·%3 = &lt;b&gt;%4&lt;/b&gt;</source>
        <translation>h·w·C·D = %1·%2·%3 = &lt;b&gt;%4&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Depth-wise separable vs vanilla convolution, C channels in and out</source>
        <translation type="vanished">Tiefenweise separierbar vs. gewöhnlich, C Kanäle ein und aus</translation>
    </message>
</context>
<context>
    <name>convscope::ui::ParameterPanel</name>
    <message>
        <source>Input</source>
        <translation>Eingabe</translation>
    </message>
    <message>
        <source>What the layer reads: a photo (C×H×W, C = 3 for RGB, 1 for grey), a small grid of numbers you can edit, or a 1-D signal.</source>
        <translation>Was die Schicht liest: ein Foto (C×H×W, C = 3 für RGB, 1 für Graustufen), ein kleines Zahlenraster zum Bearbeiten oder ein 1-D-Signal.</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <source>Numeric grid</source>
        <translation>Zahlenraster</translation>
    </message>
    <message>
        <source>Signal (1-D)</source>
        <translation>Signal (1-D)</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>A bundled photo; “Open…” loads your own.</source>
        <translation>Ein mitgeliefertes Foto; „Öffnen…“ lädt ein eigenes.</translation>
    </message>
    <message>
        <source>Chelsea (cat)</source>
        <translation>Chelsea (Katze)</translation>
    </message>
    <message>
        <source>Camera man (grey)</source>
        <translation>Kameramann (grau)</translation>
    </message>
    <message>
        <source>Coffee</source>
        <translation>Kaffee</translation>
    </message>
    <message>
        <source>Astronaut</source>
        <translation>Astronautin</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>Öffnen…</translation>
    </message>
    <message>
        <source>Load an image file (PNG, JPEG, …) as the input.</source>
        <translation>Eine Bilddatei (PNG, JPEG, …) als Eingabe laden.</translation>
    </message>
    <message>
        <source>RGB: C = 3 input channels. Grey: C = 1, Y = 0.299 R + 0.587 G + 0.114 B.</source>
        <translation>RGB: C = 3 Eingangskanäle. Grau: C = 1, Y = 0.299 R + 0.587 G + 0.114 B.</translation>
    </message>
    <message>
        <source>RGB (3 channels)</source>
        <translation>RGB (3 Kanäle)</translation>
    </message>
    <message>
        <source>Grey (1 channel)</source>
        <translation>Grau (1 Kanal)</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Farbe</translation>
    </message>
    <message>
        <source>Left edge x of the crop in pixels: the layer reads columns x … x+w−1.</source>
        <translation>Linker Rand x des Ausschnitts in Pixeln: die Schicht liest die Spalten x … x+w−1.</translation>
    </message>
    <message>
        <source>Top edge y of the crop in pixels: the layer reads rows y … y+h−1.</source>
        <translation>Oberer Rand y des Ausschnitts in Pixeln: die Schicht liest die Zeilen y … y+h−1.</translation>
    </message>
    <message>
        <source>Width w of the crop: the input is C×h×w, so M = w along the width.</source>
        <translation>Breite w des Ausschnitts: die Eingabe ist C×h×w, also M = w entlang der Breite.</translation>
    </message>
    <message>
        <source>Height h of the crop: the input is C×h×w, so M = h along the height.</source>
        <translation>Höhe h des Ausschnitts: die Eingabe ist C×h×w, also M = h entlang der Höhe.</translation>
    </message>
    <message>
        <source>x </source>
        <translation>x </translation>
    </message>
    <message>
        <source>y </source>
        <translation>y </translation>
    </message>
    <message>
        <source>w </source>
        <translation>w </translation>
    </message>
    <message>
        <source>h </source>
        <translation>h </translation>
    </message>
    <message>
        <source>Crop at</source>
        <translation>Ausschnitt bei</translation>
    </message>
    <message>
        <source>Whole</source>
        <translation>Ganz</translation>
    </message>
    <message>
        <source>Use the whole image as the input (no crop).</source>
        <translation>Das ganze Bild als Eingabe verwenden (kein Ausschnitt).</translation>
    </message>
    <message>
        <source>Crop size</source>
        <translation>Ausschnittgröße</translation>
    </message>
    <message>
        <source>1-D layers read one row of the photo as a sequence of length W (middle: row ⌊H/2⌋).</source>
        <translation>1-D-Schichten lesen eine Zeile des Fotos als Folge der Länge W (Mitte: Zeile ⌊H/2⌋).</translation>
    </message>
    <message>
        <source>middle</source>
        <translation>Mitte</translation>
    </message>
    <message>
        <source>1-D row</source>
        <translation>1-D-Zeile</translation>
    </message>
    <message>
        <source>Rows H of the grid (1 … 32): the input is C×H×W.</source>
        <translation>Zeilen H des Rasters (1 … 32): die Eingabe ist C×H×W.</translation>
    </message>
    <message>
        <source>Columns W of the grid (1 … 32): the input is C×H×W (C×W for 1-D layers).</source>
        <translation>Spalten W des Rasters (1 … 32): die Eingabe ist C×H×W (C×W für 1-D-Schichten).</translation>
    </message>
    <message>
        <source>×</source>
        <translation>×</translation>
    </message>
    <message>
        <source>Grid H × W</source>
        <translation>Raster H × W</translation>
    </message>
    <message>
        <source>Channels C of the grid (1 … 16), one plane of values each.</source>
        <translation>Kanäle C des Rasters (1 … 16), je eine Ebene von Werten.</translation>
    </message>
    <message>
        <source>Channels C</source>
        <translation>Kanäle C</translation>
    </message>
    <message>
        <source>Fill the grid: random integers 0 … 9, a ramp 1, 2, 3 …, a checkerboard, one bright pixel in the middle, or an edge (left half 0, right half 1). Typing a value into a cell makes it “custom”.</source>
        <translation>Das Raster füllen: ganze Zufallszahlen 0 … 9, eine Rampe 1, 2, 3 …, ein Schachbrett, ein heller Pixel in der Mitte oder eine Kante (linke Hälfte 0, rechte Hälfte 1). Ein eingetippter Wert macht es „benutzerdefiniert“.</translation>
    </message>
    <message>
        <source>Random integers</source>
        <translation>Ganze Zufallszahlen</translation>
    </message>
    <message>
        <source>Ramp</source>
        <translation>Rampe</translation>
    </message>
    <message>
        <source>Checkerboard</source>
        <translation>Schachbrett</translation>
    </message>
    <message>
        <source>Bright pixel</source>
        <translation>Heller Pixel</translation>
    </message>
    <message>
        <source>Edge</source>
        <translation>Kante</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Benutzerdefiniert</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>Werte</translation>
    </message>
    <message>
        <source>A synthetic 1-D signal: a sine (period 16 samples), steps (6 samples long), or Gaussian noise.</source>
        <translation>Ein synthetisches 1-D-Signal: ein Sinus (Periode 16 Abtastwerte), Stufen (6 Abtastwerte lang) oder Gaußsches Rauschen.</translation>
    </message>
    <message>
        <source>Sine</source>
        <translation>Sinus</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Stufen</translation>
    </message>
    <message>
        <source>Noise</source>
        <translation>Rauschen</translation>
    </message>
    <message>
        <source>Signal</source>
        <translation>Signal</translation>
    </message>
    <message>
        <source>Length L of the signal: the input is C×L; out = floor((L + 2p − d(k−1) − 1)/s) + 1.</source>
        <translation>Länge L des Signals: die Eingabe ist C×L; out = floor((L + 2p − d(k−1) − 1)/s) + 1.</translation>
    </message>
    <message>
        <source>Length L</source>
        <translation>Länge L</translation>
    </message>
    <message>
        <source>Channels C of the signal (the sine&apos;s phase moves by 60° per channel).</source>
        <translation>Kanäle C des Signals (die Phase des Sinus verschiebt sich um 60° pro Kanal).</translation>
    </message>
    <message>
        <source>Seed of the random integers and of the noise: the same seed gives the same numbers.</source>
        <translation>Seed der Zufallszahlen und des Rauschens: derselbe Seed gibt dieselben Zahlen.</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Seed</translation>
    </message>
    <message>
        <source>Whole image</source>
        <translation>Ganzes Bild</translation>
    </message>
    <message>
        <source>Grid rows</source>
        <translation>Rasterzeilen</translation>
    </message>
    <message>
        <source>Grid columns</source>
        <translation>Rasterspalten</translation>
    </message>
    <message>
        <source>Grid channels</source>
        <translation>Rasterkanäle</translation>
    </message>
    <message>
        <source>Grid values</source>
        <translation>Rasterwerte</translation>
    </message>
    <message>
        <source>Signal length</source>
        <translation>Signallänge</translation>
    </message>
    <message>
        <source>Signal channels</source>
        <translation>Signalkanäle</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>Schicht</translation>
    </message>
    <message>
        <source>out = floor((M + 2p − d(k−1) − 1)/s) + 1</source>
        <translation>out = floor((M + 2p − d(k−1) − 1)/s) + 1</translation>
    </message>
    <message>
        <source>Convolution: y = Σ w·x + b over the window. Max pooling: y = max x; average: y = mean x; sum: y = Σ x. Pooling keeps the channels (D = C) and has no weights.</source>
        <translation>Faltung: y = Σ w·x + b über das Fenster. Max-Pooling: y = max x; Average: y = Mittelwert von x; Summe: y = Σ x. Pooling behält die Kanäle (D = C) und hat keine Gewichte.</translation>
    </message>
    <message>
        <source>Convolution</source>
        <translation>Faltung</translation>
    </message>
    <message>
        <source>Max pooling</source>
        <translation>Max-Pooling</translation>
    </message>
    <message>
        <source>Average pooling</source>
        <translation>Average-Pooling</translation>
    </message>
    <message>
        <source>Sum pooling</source>
        <translation>Summen-Pooling</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Operation</translation>
    </message>
    <message>
        <source>2-D: the window slides over height and width. 1-D: along a sequence (a row of the photo, a grid row, or a signal); every setting then has one number.</source>
        <translation>2-D: das Fenster gleitet über Höhe und Breite. 1-D: entlang einer Folge (eine Zeile des Fotos, eine Rasterzeile oder ein Signal); jede Einstellung hat dann eine Zahl.</translation>
    </message>
    <message>
        <source>2-D (height × width)</source>
        <translation>2-D (Höhe × Breite)</translation>
    </message>
    <message>
        <source>1-D (a sequence)</source>
        <translation>1-D (eine Folge)</translation>
    </message>
    <message>
        <source>Dimensions</source>
        <translation>Dimensionen</translation>
    </message>
    <message>
        <source>Kernel size k: the window covers k cells, with dilation d(k−1)+1. %1</source>
        <translation>Kernelgröße k: das Fenster überdeckt k Zellen, mit Dilatation d(k−1)+1. %1</translation>
    </message>
    <message>
        <source>Kernel k</source>
        <translation>Kernel k</translation>
    </message>
    <message>
        <source>Steps the window moves; %1</source>
        <translation>Schritte, um die sich das Fenster bewegt; %1</translation>
    </message>
    <message>
        <source>Stride s</source>
        <translation>Schrittweite s</translation>
    </message>
    <message>
        <source>Spacing of the kernel&apos;s taps (d−1 cells skipped between them); the window spans d(k−1)+1 cells. %1. Convolution and max pooling only.</source>
        <translation>Abstand der Abgriffe des Kernels (d−1 übersprungene Zellen dazwischen); das Fenster überspannt d(k−1)+1 Zellen. %1. Nur Faltung und Max-Pooling.</translation>
    </message>
    <message>
        <source>Dilation d</source>
        <translation>Dilatation d</translation>
    </message>
    <message>
        <source>number: p cells on each side. same: out = M (stride 1 only), total padding d(k−1), the smaller half first. valid: p = 0, the window stays inside the input.</source>
        <translation>Zahl: p Zellen auf jeder Seite. same: out = M (nur Schrittweite 1), Padding insgesamt d(k−1), die kleinere Hälfte zuerst. valid: p = 0, das Fenster bleibt innerhalb der Eingabe.</translation>
    </message>
    <message>
        <source>number</source>
        <translation>Zahl</translation>
    </message>
    <message>
        <source>same</source>
        <translation>same</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>valid</translation>
    </message>
    <message>
        <source>Padding</source>
        <translation>Padding</translation>
    </message>
    <message>
        <source>Cells added on each side: the padded size is M + 2p; %1. Pooling needs p ≤ k/2.</source>
        <translation>Auf jeder Seite hinzugefügte Zellen: die aufgefüllte Größe ist M + 2p; %1. Pooling braucht p ≤ k/2.</translation>
    </message>
    <message>
        <source>Padding p</source>
        <translation>Padding p</translation>
    </message>
    <message>
        <source>What the padding cells hold: zeros; reflect mirrors the input without repeating the edge (needs p &lt; M); replicate repeats the edge; circular wraps around (p ≤ M). Convolution only.</source>
        <translation>Was die Padding-Zellen enthalten: Nullen; spiegeln (reflect) spiegelt die Eingabe, ohne den Rand zu wiederholen (braucht p &lt; M); Rand wiederholen (replicate) setzt den Rand fort; zirkulär (circular) läuft herum (p ≤ M). Nur Faltung.</translation>
    </message>
    <message>
        <source>zeros</source>
        <translation>Nullen</translation>
    </message>
    <message>
        <source>reflect</source>
        <translation>spiegeln</translation>
    </message>
    <message>
        <source>replicate</source>
        <translation>Rand wiederholen</translation>
    </message>
    <message>
        <source>circular</source>
        <translation>zirkulär</translation>
    </message>
    <message>
        <source>Pad with</source>
        <translation>Auffüllen mit</translation>
    </message>
    <message>
        <source>Split the C input and D output channels into g groups; each output reads C/g channels. Weights: D·(C/g)·k_h·k_w. g must divide C and D (g = C: depthwise).</source>
        <translation>Die C Eingangs- und D Ausgangskanäle in g Gruppen teilen; jede Ausgabe liest C/g Kanäle. Gewichte: D·(C/g)·k_h·k_w. g muss C und D teilen (g = C: tiefenweise).</translation>
    </message>
    <message>
        <source>Groups g</source>
        <translation>Gruppen g</translation>
    </message>
    <message>
        <source>D output channels, one kernel each: the output is D×H′×W′ with D·(C/g)·k_h·k_w weights (+ D biases).</source>
        <translation>D Ausgangskanäle, je ein Kernel: die Ausgabe ist D×H′×W′ mit D·(C/g)·k_h·k_w Gewichten (+ D Bias-Werte).</translation>
    </message>
    <message>
        <source>Outputs D</source>
        <translation>Ausgänge D</translation>
    </message>
    <message>
        <source>Bias b</source>
        <translation>Bias b</translation>
    </message>
    <message>
        <source>Add a bias b per output channel: y = Σ w·x + b.</source>
        <translation>Einen Bias b pro Ausgangskanal addieren: y = Σ w·x + b.</translation>
    </message>
    <message>
        <source>True convolution (flip 180°)</source>
        <translation>Echte Faltung (180° gedreht)</translation>
    </message>
    <message>
        <source>Rotate the kernel by 180° before sliding: y(i, j) = Σ w(m, n)·x(i−m, j−n), the convolution of signal processing. Unchecked: y(i, j) = Σ w(m, n)·x(i+m, j+n) (cross-correlation), what deep-learning layers compute.</source>
        <translation>Den Kernel vor dem Gleiten um 180° drehen: y(i, j) = Σ w(m, n)·x(i−m, j−n), die Faltung der Signalverarbeitung. Nicht angehakt: y(i, j) = Σ w(m, n)·x(i+m, j+n) (Kreuzkorrelation), was Deep-Learning-Schichten berechnen.</translation>
    </message>
    <message>
        <source>Ceil mode (keep a partial window)</source>
        <translation>Ceil-Modus (ein Teilfenster behalten)</translation>
    </message>
    <message>
        <source>Round the output size up: out = ceil((M + 2p − d(k−1) − 1)/s) + 1; a last window that hangs over the edge is kept if it starts inside the input. Pooling only.</source>
        <translation>Die Ausgabegröße aufrunden: out = ceil((M + 2p − d(k−1) − 1)/s) + 1; ein letztes Fenster, das über den Rand hinausragt, bleibt, wenn es innerhalb der Eingabe beginnt. Nur Pooling.</translation>
    </message>
    <message>
        <source>Count padding in the average</source>
        <translation>Padding im Mittelwert mitzählen</translation>
    </message>
    <message>
        <source>Average pooling divides by k_h·k_w, padding cells included; unchecked: by the number of input cells under the window.</source>
        <translation>Average-Pooling teilt durch k_h·k_w, Padding-Zellen eingeschlossen; nicht angehakt: durch die Anzahl der Eingabezellen unter dem Fenster.</translation>
    </message>
    <message>
        <source>Input C×H×W → output D×H′×W′, each side %1</source>
        <translation>Eingabe C×H×W → Ausgabe D×H′×W′, jede Seite %1</translation>
    </message>
    <message>
        <source>The canvas keeps the last valid picture. Ctrl+Z undoes the last change.</source>
        <translation>Die Bühne behält das letzte gültige Bild. Strg+Z macht die letzte Änderung rückgängig.</translation>
    </message>
    <message>
        <source>Kernel size</source>
        <translation>Kernelgröße</translation>
    </message>
    <message>
        <source>Stride</source>
        <translation>Schrittweite</translation>
    </message>
    <message>
        <source>Dilation</source>
        <translation>Dilatation</translation>
    </message>
    <message>
        <source>Padding mode</source>
        <translation>Padding-Modus</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Gruppen</translation>
    </message>
    <message>
        <source>Output channels</source>
        <translation>Ausgangskanäle</translation>
    </message>
    <message>
        <source>Bias</source>
        <translation>Bias</translation>
    </message>
    <message>
        <source>True convolution</source>
        <translation>Echte Faltung</translation>
    </message>
    <message>
        <source>Ceil mode</source>
        <translation>Ceil-Modus</translation>
    </message>
    <message>
        <source>Count padding</source>
        <translation>Padding mitzählen</translation>
    </message>
    <message>
        <source>Kernel</source>
        <translation>Kernel</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Ausgabe</translation>
    </message>
    <message>
        <source>Applied to every output value y: ReLU max(0, y); leaky ReLU max(0.01y, y); ELU y for y &gt; 0, else eʸ − 1; GELU y·Φ(y); SiLU y·σ(y); sigmoid σ(y) = 1/(1 + e⁻ʸ); tanh.</source>
        <translation>Auf jeden Ausgabewert y angewandt: ReLU max(0, y); Leaky ReLU max(0.01y, y); ELU y für y &gt; 0, sonst eʸ − 1; GELU y·Φ(y); SiLU y·σ(y); Sigmoid σ(y) = 1/(1 + e⁻ʸ); tanh.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>ReLU</source>
        <translation>ReLU</translation>
    </message>
    <message>
        <source>leaky ReLU</source>
        <translation>Leaky ReLU</translation>
    </message>
    <message>
        <source>ELU</source>
        <translation>ELU</translation>
    </message>
    <message>
        <source>GELU</source>
        <translation>GELU</translation>
    </message>
    <message>
        <source>SiLU</source>
        <translation>SiLU</translation>
    </message>
    <message>
        <source>sigmoid</source>
        <translation>Sigmoid</translation>
    </message>
    <message>
        <source>tanh</source>
        <translation>tanh</translation>
    </message>
    <message>
        <source>Activation</source>
        <translation>Aktivierung</translation>
    </message>
    <message>
        <source>The output&apos;s shape and the range of its values, after the activation.</source>
        <translation>Die Form der Ausgabe und der Bereich ihrer Werte, nach der Aktivierung.</translation>
    </message>
    <message>
        <source>Crop</source>
        <translation>Ausschnitt</translation>
    </message>
    <message>
        <source>No valid layer yet.</source>
        <translation>Noch keine gültige Schicht.</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source> · 1 weight</source>
        <translation> · 1 Gewicht</translation>
    </message>
    <message>
        <source> · %1 weights</source>
        <translation> · %1 Gewichte</translation>
    </message>
    <message>
        <source> + 1 bias</source>
        <translation> + 1 Bias</translation>
    </message>
    <message>
        <source> + %1 biases</source>
        <translation> + %1 Bias-Werte</translation>
    </message>
    <message>
        <source>Last valid: %1</source>
        <translation>Zuletzt gültig: %1</translation>
    </message>
    <message>
        <source>Output %1</source>
        <translation>Ausgabe %1</translation>
    </message>
    <message>
        <source>, values %1 … %2</source>
        <translation>, Werte %1 … %2</translation>
    </message>
    <message>
        <source>, computing…</source>
        <translation>, wird berechnet…</translation>
    </message>
    <message>
        <source>%1

%2</source>
        <translation>%1

%2</translation>
    </message>
</context>
<context>
    <name>convscope::ui::PatternToolBar</name>
    <message>
        <source>Drawing tools</source>
        <translation>Zeichenwerkzeuge</translation>
    </message>
    <message>
        <source>&amp;Pan</source>
        <translation>&amp;Verschieben</translation>
    </message>
    <message>
        <source>H</source>
        <translation>H</translation>
    </message>
    <message>
        <source>Drag to move the zoomed input (Shift+drag on a photo: crop)</source>
        <translation>Ziehen verschiebt die vergrößerte Eingabe (Umschalt+Ziehen auf einem Foto: zuschneiden)</translation>
    </message>
    <message>
        <source>Use region as &amp;kernel</source>
        <translation>Bereich als &amp;Kernel verwenden</translation>
    </message>
    <message>
        <source>K</source>
        <translation>K</translation>
    </message>
    <message>
        <source>Drag a rectangle on the input (also Ctrl+drag with any tool): it becomes the kernel, per channel with its mean removed, and the response map shows where the pattern recurs — the inner product as similarity</source>
        <translation>Ziehen Sie ein Rechteck auf der Eingabe auf (auch Strg+Ziehen mit jedem Werkzeug): es wird zum Kernel, je Kanal ohne Mittelwert, und die Antwortkarte zeigt, wo sich das Muster wiederholt — das Skalarprodukt als Ähnlichkeitsmaß</translation>
    </message>
    <message>
        <source>&amp;Brush</source>
        <translation>&amp;Pinsel</translation>
    </message>
    <message>
        <source>B</source>
        <translation>B</translation>
    </message>
    <message>
        <source>Paint grid cells with the brush value, or the photo with the brush colour; every output updates at once</source>
        <translation>Rasterzellen mit dem Pinselwert oder das Foto mit der Pinselfarbe bemalen; jede Ausgabe aktualisiert sich sofort</translation>
    </message>
    <message>
        <source>E&amp;raser</source>
        <translation>&amp;Radierer</translation>
    </message>
    <message>
        <source>E</source>
        <translation>E</translation>
    </message>
    <message>
        <source>Set grid cells to 0, or photo pixels to black</source>
        <translation>Rasterzellen auf 0 setzen oder Fotopixel auf Schwarz</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Unit norm</source>
        <translation>Einheitsnorm</translation>
    </message>
    <message>
        <source>Use region as kernel: scale the mean-removed patch to unit L2 norm, ‖k‖ = 1</source>
        <translation>Bereich als Kernel: den mittelwertfreien Ausschnitt auf L2-Norm 1 skalieren, ‖k‖ = 1</translation>
    </message>
    <message>
        <source>All outputs</source>
        <translation>Alle Ausgaben</translation>
    </message>
    <message>
        <source>Use region as kernel: for every output channel (off: only the animated one)</source>
        <translation>Bereich als Kernel: für jeden Ausgangskanal (aus: nur für den animierten)</translation>
    </message>
    <message>
        <source>Value </source>
        <translation>Wert </translation>
    </message>
    <message>
        <source>The number the brush writes into grid cells</source>
        <translation>Die Zahl, die der Pinsel in Rasterzellen schreibt</translation>
    </message>
    <message>
        <source>The colour the brush paints on photos</source>
        <translation>Die Farbe, mit der der Pinsel auf Fotos malt</translation>
    </message>
    <message>
        <source>Brush colour</source>
        <translation>Pinselfarbe</translation>
    </message>
    <message>
        <source> Size </source>
        <translation> Größe </translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>The brush&apos;s diameter in cells or pixels</source>
        <translation>Der Durchmesser des Pinsels in Zellen oder Pixeln</translation>
    </message>
</context>
<context>
    <name>convscope::ui::PlaygroundCanvas</name>
    <message>
        <source>Crop</source>
        <translation>Ausschnitt</translation>
    </message>
    <message>
        <source>Drag the rectangle on the input to use it as the kernel.</source>
        <translation>Ziehen Sie das Rechteck auf der Eingabe auf, um es als Kernel zu verwenden.</translation>
    </message>
    <message>
        <source>Cannot use the region as the kernel: %1</source>
        <translation>Der Bereich kann nicht als Kernel verwendet werden: %1</translation>
    </message>
    <message>
        <source>Use region as kernel</source>
        <translation>Bereich als Kernel verwenden</translation>
    </message>
    <message>
        <source>Kernel %1×%2 from the region at (%3, %4), mean removed%5, %6; stride 1 and padding “same”, so the response map lines up with the input: bright where the pattern recurs.</source>
        <translation>Kernel %1×%2 aus dem Bereich bei (%3, %4), ohne Mittelwert%5, %6; Schrittweite 1 und Padding „same“, damit die Antwortkarte zur Eingabe passt: hell, wo sich das Muster wiederholt.</translation>
    </message>
    <message>
        <source>, unit norm</source>
        <translation>, Einheitsnorm</translation>
    </message>
    <message>
        <source>every output channel</source>
        <translation>jeder Ausgangskanal</translation>
    </message>
    <message>
        <source>output channel %1</source>
        <translation>Ausgangskanal %1</translation>
    </message>
    <message>
        <source>The region was cut to %1×%1 around its centre (the largest kernel). </source>
        <translation>Der Bereich wurde auf %1×%1 um seine Mitte gekürzt (der größte Kernel). </translation>
    </message>
    <message>
        <source>There is no valid input to draw on.</source>
        <translation>Es gibt keine gültige Eingabe zum Zeichnen.</translation>
    </message>
    <message>
        <source>The brush draws on grids and photos, not on a generated signal.</source>
        <translation>Der Pinsel malt auf Rastern und Fotos, nicht auf einem erzeugten Signal.</translation>
    </message>
    <message>
        <source>The brush draws on the photo with a 2-D layer.</source>
        <translation>Der Pinsel malt auf dem Foto nur mit einer 2-D-Schicht.</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Radieren</translation>
    </message>
    <message>
        <source>Brush stroke</source>
        <translation>Pinselstrich</translation>
    </message>
    <message>
        <source>input %1 (%2)</source>
        <translation>Eingabe %1 (%2)</translation>
    </message>
    <message>
        <source>output y%1 (%2)</source>
        <translation>Ausgabe y%1 (%2)</translation>
    </message>
    <message>
        <source>%1 = %2</source>
        <translation>%1 = %2</translation>
    </message>
</context>
<context>
    <name>convscope::ui::PlaygroundModel</name>
    <message>
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <source>There is no bundled sample called “%1”.</source>
        <translation>Es gibt kein mitgeliefertes Beispiel namens „%1“.</translation>
    </message>
</context>
<context>
    <name>convscope::ui::RfChart</name>
    <message>
        <source>No network yet.</source>
        <translation>Noch kein Netzwerk.</translation>
    </message>
    <message>
        <source>The network has no convolution or pooling layer, so its receptive field stays 1.</source>
        <translation>Das Netzwerk hat keine Faltungs- oder Pooling-Schicht, also bleibt sein rezeptives Feld 1.</translation>
    </message>
    <message>
        <source>rows</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <source>columns</source>
        <translation>Spalten</translation>
    </message>
    <message>
        <source>depth</source>
        <translation>Tiefe</translation>
    </message>
    <message>
        <source>r</source>
        <translation>r</translation>
    </message>
    <message>
        <source>r (%1)</source>
        <translation>r (%1)</translation>
    </message>
    <message>
        <source>receptive field r (input pixels)</source>
        <translation>rezeptives Feld r (Eingabepixel)</translation>
    </message>
    <message>
        <source>r = %1 at %2</source>
        <translation>r = %1 bei %2</translation>
    </message>
    <message>
        <source>Receptive field per layer: %1</source>
        <translation>Rezeptives Feld je Schicht: %1</translation>
    </message>
    <message>
        <source>Receptive field per layer of %1: %2</source>
        <translation>Rezeptives Feld je Schicht von %1: %2</translation>
    </message>
</context>
<context>
    <name>convscope::ui::RfComparison</name>
    <message>
        <source>Channels in and out, C =</source>
        <translation>Kanäle ein und aus, C =</translation>
    </message>
    <message>
        <source>One 5×5 or two stacked 3×3?</source>
        <translation>Ein 5×5 oder zwei gestapelte 3×3?</translation>
    </message>
    <message>
        <source>One 7×7 or three stacked 3×3?</source>
        <translation>Ein 7×7 oder drei gestapelte 3×3?</translation>
    </message>
    <message>
        <source>&lt;b&gt;one %1×%1&lt;/b&gt;&lt;br&gt;r = %2&lt;br&gt;%3·C² = %3·%4 = &lt;b&gt;%5&lt;/b&gt; weights</source>
        <translation>&lt;b&gt;ein %1×%1&lt;/b&gt;&lt;br&gt;r = %2&lt;br&gt;%3·C² = %3·%4 = &lt;b&gt;%5&lt;/b&gt; Gewichte</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 stacked 3×3&lt;/b&gt;&lt;br&gt;r = %2&lt;br&gt;%3·9·C² = %4·%5 = &lt;b&gt;%6&lt;/b&gt; weights</source>
        <translation>&lt;b&gt;%1 gestapelte 3×3&lt;/b&gt;&lt;br&gt;r = %2&lt;br&gt;%3·9·C² = %4·%5 = &lt;b&gt;%6&lt;/b&gt; Gewichte</translation>
    </message>
    <message>
        <source>two</source>
        <translation>zwei</translation>
    </message>
    <message>
        <source>three</source>
        <translation>drei</translation>
    </message>
    <message>
        <source>The same receptive field (r = %1) with %2% of the weights (%3C² instead of %4C²), and %5 non-linearities (one after each layer) instead of one.</source>
        <translation>Dasselbe rezeptive Feld (r = %1) mit %2 % der Gewichte (%3C² statt %4C²) und %5 Nichtlinearitäten (eine nach jeder Schicht) statt einer.</translation>
    </message>
</context>
<context>
    <name>convscope::ui::SummaryTableModel</name>
    <message>
        <source>Layer</source>
        <translation>Schicht</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Output shape</source>
        <translation>Ausgabeform</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>MACs</source>
        <translation>MACs</translation>
    </message>
    <message>
        <source>RF r</source>
        <translation>RF r</translation>
    </message>
    <message>
        <source>Stride S</source>
        <translation>Schrittw. S</translation>
    </message>
    <message>
        <source>Padding P</source>
        <translation>Padding P</translation>
    </message>
    <message>
        <source>The layer&apos;s index and name (its weights are looked up by this name)</source>
        <translation>Index und Name der Schicht (ihre Gewichte werden unter diesem Namen gesucht)</translation>
    </message>
    <message>
        <source>The layer type, as in the spec file and torch.nn</source>
        <translation>Der Schichttyp, wie in der Beschreibungsdatei und in torch.nn</translation>
    </message>
    <message>
        <source>(channels, height, width) after this layer, for the input size above the table</source>
        <translation>(Kanäle, Höhe, Breite) nach dieser Schicht, für die Eingabegröße über der Tabelle</translation>
    </message>
    <message>
        <source>Trainable parameters: weights and biases (hover a cell for the formula)</source>
        <translation>Trainierbare Parameter: Gewichte und Bias-Werte (für die Formel über eine Zelle fahren)</translation>
    </message>
    <message>
        <source>Multiply-accumulate operations of one forward pass (conv and linear layers)</source>
        <translation>Multiply-Accumulate-Operationen eines Vorwärtsdurchlaufs (Faltungs- und Linear-Schichten)</translation>
    </message>
    <message>
        <source>Receptive field r: how many input pixels (per side) one output cell sees</source>
        <translation>Rezeptives Feld r: wie viele Eingabepixel (je Seite) eine Ausgabezelle sieht</translation>
    </message>
    <message>
        <source>Effective stride S: how far apart, in input pixels, neighbouring output cells look</source>
        <translation>Effektive Schrittweite S: wie weit, in Eingabepixeln, benachbarte Ausgabezellen auseinanderliegen</translation>
    </message>
    <message>
        <source>Effective padding P: where the first output cell&apos;s window starts, u = −P (Araujo et al., Distill 2019)</source>
        <translation>Effektives Padding P: wo das Fenster der ersten Ausgabezelle beginnt, u = −P (Araujo et al., Distill 2019)</translation>
    </message>
    <message>
        <source>%1 = %2
%3</source>
        <translation>%1 = %2
%3</translation>
    </message>
    <message>
        <source>
%1 groups: each filter sees %2/%1 = %3 input channels</source>
        <translation>
%1 Gruppen: jeder Filter sieht %2/%1 = %3 Eingangskanäle</translation>
    </message>
    <message>
        <source>in%1out</source>
        <translation>in%1out</translation>
    </message>
    <message>
        <source> + out</source>
        <translation> + out</translation>
    </message>
    <message>
        <source>2%1%2 = %3
2%1C: a scale and a shift per channel (running mean and variance are not trained)</source>
        <translation>2%1%2 = %3
2%1C: eine Skalierung und eine Verschiebung pro Kanal (laufender Mittelwert und Varianz werden nicht trainiert)</translation>
    </message>
    <message>
        <source>No trainable parameters</source>
        <translation>Keine trainierbaren Parameter</translation>
    </message>
    <message>
        <source>(%1)%2(%3)%2%4 = %5
output cells · kernel taps · input channels per filter</source>
        <translation>(%1)%2(%3)%2%4 = %5
Ausgabezellen · Kernel-Abgriffe · Eingangskanäle pro Filter</translation>
    </message>
    <message>
        <source>in features · out features = %1</source>
        <translation>Eingangsmerkmale · Ausgangsmerkmale = %1</translation>
    </message>
    <message>
        <source>Not counted: only conv and linear layers multiply-accumulate</source>
        <translation>Nicht gezählt: nur Faltungs- und Linear-Schichten führen Multiply-Accumulates aus</translation>
    </message>
    <message>
        <source>input</source>
        <translation>Eingabe</translation>
    </message>
    <message>
        <source> (valid rows)</source>
        <translation> (gültige Zeilen)</translation>
    </message>
    <message>
        <source>total</source>
        <translation>gesamt</translation>
    </message>
    <message>
        <source>%1 parameters = %2 MB as float32</source>
        <translation>%1 Parameter = %2 MB als float32</translation>
    </message>
    <message>
        <source>Not computed: an earlier layer is invalid</source>
        <translation>Nicht berechnet: eine frühere Schicht ist ungültig</translation>
    </message>
    <message>
        <source>One output cell of this layer sees %1 input pixels (per dimension: %2)</source>
        <translation>Eine Ausgabezelle dieser Schicht sieht %1 Eingabepixel (je Dimension: %2)</translation>
    </message>
    <message>
        <source>After flatten every output sees the whole input</source>
        <translation>Nach Flatten sieht jede Ausgabe die ganze Eingabe</translation>
    </message>
    <message>
        <source>Neighbouring output cells look %1 input pixels apart: the product of the strides so far</source>
        <translation>Benachbarte Ausgabezellen liegen %1 Eingabepixel auseinander: das Produkt der bisherigen Schrittweiten</translation>
    </message>
    <message>
        <source>The first output cell&apos;s receptive field starts at input pixel −%1</source>
        <translation>Das rezeptive Feld der ersten Ausgabezelle beginnt bei Eingabepixel −%1</translation>
    </message>
    <message>
        <source>Click to show this layer&apos;s maps; hover to see its receptive field on the image</source>
        <translation>Klicken, um die Maps dieser Schicht zu zeigen; darüberfahren, um ihr rezeptives Feld im Bild zu sehen</translation>
    </message>
</context>
</TS>
