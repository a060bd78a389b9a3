<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>Accounts</name>
    <message>
        <location filename="../vetdesk/services/accounts.py" line="323"/>
        <location filename="../vetdesk/services/accounts.py" line="418"/>
        <source>Client number {id} was not found. Search for the client again.</source>
        <translation>No se ha encontrado el cliente número {id}. Vuelva a buscar el cliente.</translation>
    </message>
    <message>
        <location filename="../vetdesk/services/accounts.py" line="408"/>
        <source>Type what the charge is for, for example &quot;Vacuna antirrábica&quot;.</source>
        <translation>Escriba el concepto del cargo, por ejemplo «Vacuna antirrábica».</translation>
    </message>
    <message>
        <location filename="../vetdesk/services/accounts.py" line="410"/>
        <source>The description has {count} characters; the maximum is {maximum}. Shorten it.</source>
        <translation>El texto tiene {count} caracteres y el máximo es {maximum}. Acórtelo.</translation>
    </message>
    <message>
        <location filename="../vetdesk/services/accounts.py" line="427"/>
        <source>Pet number {id} does not belong to this client. Choose one of the client&apos;s pets.</source>
        <translation>La mascota número {id} no pertenece a este cliente. Elija una de las mascotas del cliente.</translation>
    </message>
    <message>
        <location filename="../vetdesk/services/accounts.py" line="477"/>
        <source>The charge amount {amount} must be greater than zero.</source>
        <translation>El importe del cargo, {amount}, debe ser mayor que cero.</translation>
    </message>
    <message>
        <location filename="../vetdesk/services/accounts.py" line="481"/>
        <source>The due date {due} is before the charge date {date}. Choose a due date on or after it.</source>
        <translation>La fecha de vencimiento {due} es anterior a la fecha del cargo, {date}. Elija una fecha de vencimiento igual o posterior.</translation>
    </message>
    <message>
        <location filename="../vetdesk/services/accounts.py" line="496"/>
        <source>The date {date} is in the future. A charge paid now is dated today or earlier.</source>
        <translation>La fecha {date} es futura. Un cargo pagado en el momento lleva la fecha de hoy o una anterior.</translation>
    </message>
    <message>
        <location filename="../vetdesk/services/accounts.py" line="514"/>
        <source>New charges on account are blocked: {name} has {amount} overdue since {date}. Record a payment or ask for an override with a reason.</source>
        <translation>Los cargos a cuenta están en pausa: {name} tiene {amount} vencidos desde el {date}. Registre un cobro o solicite una excepción con un motivo.</translation>
    </message>
    <message>
        <location filename="../vetdesk/services/accounts.py" line="619"/>
        <source>Agreement number {id} is not an agreement of this client. Choose one of the client&apos;s agreements.</source>
        <translation>El acuerdo número {id} no es de este cliente. Elija uno de los acuerdos del cliente.</translation>
    </message>
    <message>
        <location filename="../vetdesk/services/accounts.py" line="629"/>
        <source>The date {date} is in the future. Payments are recorded on or before today.</source>
        <translation>La fecha {date} es futura. Los cobros se registran con la fecha de hoy o una anterior.</translation>
    </message>
    <message>
        <location filename="../vetdesk/services/accounts.py" line="610"/>
        <source>Entry number {id} is not a charge of this client. Choose one of the client&apos;s charges.</source>
        <translation>El movimiento número {id} no es un cargo de este cliente. Elija uno de los cargos del cliente.</translation>
    </message>
    <message>
        <location filename="../vetdesk/services/accounts.py" line="626"/>
        <source>The amount {amount} must be greater than zero.</source>
        <translation>El importe {amount} debe ser mayor que cero.</translation>
    </message>
    <message>
        <location filename="../vetdesk/services/accounts.py" line="765"/>
        <source>The reason &quot;{value}&quot; is too short. Write why this client may take new credit.</source>
        <translation>El motivo «{value}» es demasiado corto. Escriba por qué se permiten nuevos cargos a cuenta a este cliente.</translation>
    </message>
    <message>
        <location filename="../vetdesk/services/accounts.py" line="769"/>
        <source>{name} has no overdue debt that blocks new credit, so no override is needed.</source>
        <translation>{name} no tiene deuda vencida que bloquee nuevos cargos a cuenta, así que no hace falta ninguna excepción.</translation>
    </message>
</context>
<context>
    <name>AgreementDialog</name>
    <message>
        <location filename="../vetdesk/ui/agreement_dialog.py" line="82"/>
        <location filename="../vetdesk/ui/agreement_dialog.py" line="1172"/>
        <source>Signed payment terms {number}</source>
        <translation>Condiciones de pago {number} firmadas</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/agreement_dialog.py" line="83"/>
        <source>Payment terms {number}, to be signed on paper</source>
        <translation>Condiciones de pago {number}, para firmar en papel</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/agreement_dialog.py" line="397"/>
        <source>Payment agreement</source>
        <translation>Acuerdo de pago</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/agreement_dialog.py" line="434"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/agreement_dialog.py" line="436"/>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/agreement_dialog.py" line="438"/>
        <source>Next: read and sign</source>
        <translation>Siguiente: leer y firmar</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/agreement_dialog.py" line="440"/>
        <source>Save without signature</source>
        <translation>Guardar sin firma</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/agreement_dialog.py" line="442"/>
        <source>For an agreement made by phone: the form is stored unsigned, to print and sign on paper.</source>
        <translation>Para un acuerdo hecho por teléfono: el documento se guarda sin firmar, para imprimirlo y firmarlo en papel.</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/agreement_dialog.py" line="444"/>
        <source>Sign and save</source>
        <translation>Firmar y guardar</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/agreement_dialog.py" line="475"/>
        <source>Instalment plan</source>
        <translation>Pago a plazos</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/agreement_dialog.py" line="477"/>
        <source>Promise to pay by a date</source>
        <translation>Compromiso de pago en una fecha</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/agreement_dialog.py" line="479"/>
        <source>Third-party financing</source>
        <translation>Financiación por terceros</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/agreement_dialog.py" line="491"/>
        <source>Kind of agreement</source>
        <translation>Tipo de acuerdo</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/agreement_dialog.py" line="511"/>
        <source>An amount taken off what the client owes; leave empty for none.</source>
        <translation>Importe que se descuenta de lo que debe el cliente. Déjelo vacío si no hay descuento.</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/agreement_dialog.py" line="514"/>
        <source>Discount (€)</source>
        <translation>Descuento (€)</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/agreement_dialog.py" line="515"/>
        <source>Charges covered (untick those left out)</source>
        <translation>Cargos incluidos (desmarque los que quedan fuera)</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/agreement_dialog.py" line="531"/>
        <source>Spanish</source>
        <translation>español</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/agreement_dialog.py" line="532"/>
        <source>English</source>
        <translation>inglés</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/agreement_dialog.py" line="533"/>
        <source>The language of the form that the client reads and signs.</source>
        <translation>El idioma del documento que el cliente lee y firma.</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/agreement_dialog.py" line="536"/>
        <source>Language of the form</source>
        <translation>Idioma del documento</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/agreement_dialog.py" line="537"/>
        <source>Conditions granted</source>
        <translation>Condiciones concedidas</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/agreement_dialog.py" line="559"/>
        <source>Recompute</source>
        <translation>Volver a calcular</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/agreement_dialog.py" line="560"/>
        <source>Drop the changes typed in the table and compute the plan again.</source>
        <translation>Descarta los cambios escritos en la tabla y vuelve a calcular el plan.</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/agreement_dialog.py" line="562"/>
        <source>Double-click a date or an amount to change it.</source>
        <translation>Haga doble clic en una fecha o en un importe para cambiarlo.</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/agreement_dialog.py" line="569"/>
        <source>Schedule</source>
        <translation>Calendario de pagos</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/agreement_dialog.py" line="608"/>
        <source>Paid today, before the first instalment; leave empty for none.</source>
        <translation>Se paga hoy, antes del primer plazo. Déjelo vacío si no hay pago inicial.</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/agreement_dialog.py" line="614"/>
        <source>The clinic allows at most {maximum} instalments.</source>
        <translation>La clínica permite como máximo {maximum} plazos.</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/agreement_dialog.py" line="627"/>
        <source>Down payment (€)</source>
        <translation>Pago inicial (€)</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/agreement_dialog.py" line="628"/>
        <source>Number of instalments</source>
        <translation>Número de plazos</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/agreement_dialog.py" line="629"/>
        <source>Period</source>
        <translation>Periodicidad</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/agreement_dialog.py" line="630"/>
        <source>First due date</source>
        <translation>Primera fecha de vencimiento</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/agreement_dialog.py" line="640"/>
        <source>Pays the whole amount by</source>
        <translation>Paga el importe total como muy tarde el</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/agreement_dialog.py" line="659"/>
        <source>Financing company</source>
        <translation>Entidad financiera</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/agreement_dialog.py" line="660"/>
        <source>Reference</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/agreement_dialog.py" line="661"/>
        <source>Expected payment on</source>
        <translation>Fecha de pago prevista</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/agreement_dialog.py" line="690"/>
        <source>Show the form…</source>
        <translation>Ver el documento…</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/agreement_dialog.py" line="691"/>
        <source>Open the payment-terms form for the client to read or print.</source>
        <translation>Abre el documento de condiciones de pago para que el cliente lo lea o para imprimirlo.</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/agreement_dialog.py" line="703"/>
        <source>By signing, the client accepts the payment terms summarised here and set out in the form.</source>
        <translation>Con su firma, el cliente acepta las condiciones de pago resumidas aquí y recogidas en el documento.</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/agreement_dialog.py" line="706"/>
        <source>Signature of the client</source>
        <translation>Firma del cliente</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/agreement_dialog.py" line="758"/>
        <source>Payment agreement with {name}</source>
        <translation>Acuerdo de pago con {name}</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/agreement_dialog.py" line="766"/>
        <source>{name} owes nothing that is not already in an agreement, so there is nothing to agree.</source>
        <translation>{name} no debe nada que no esté ya en un acuerdo, así que no hay nada que acordar.</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/agreement_dialog.py" line="791"/>
        <source>Owed on the charges ticked: {amount}</source>
        <translation>Importe pendiente de los cargos marcados: {amount}</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/agreement_dialog.py" line="802"/>
        <source>Instalments are offered from {minimum}; the charges ticked come to {amount}. Offer a promise to pay by a date instead.</source>
        <translation>Los pagos a plazos se ofrecen a partir de {minimum}, y los cargos marcados suman {amount}. Ofrezca en su lugar un compromiso de pago en una fecha.</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/agreement_dialog.py" line="898"/>
        <source>Tick at least one charge for the agreement to cover.</source>
        <translation>Marque al menos un cargo para incluirlo en el acuerdo.</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/agreement_dialog.py" line="926"/>
        <source>No plan yet: correct what the message at the top of the window describes.</source>
        <translation>Aún no hay plan: corrija lo que indica el mensaje de la parte superior de la ventana.</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/agreement_dialog.py" line="928"/>
        <location filename="../vetdesk/ui/agreement_dialog.py" line="968"/>
        <source>Total: {amount}</source>
        <translation>Total: {amount}</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/agreement_dialog.py" line="961"/>
        <source>Owed: {amount}</source>
        <translation>Pendiente: {amount}</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/agreement_dialog.py" line="963"/>
        <source>discount: −{amount}</source>
        <translation>descuento: −{amount}</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/agreement_dialog.py" line="965"/>
        <source>deferral fee: +{amount}</source>
        <translation>recargo por aplazamiento: +{amount}</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/agreement_dialog.py" line="966"/>
        <source>to pay: {amount}</source>
        <translation>a pagar: {amount}</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/agreement_dialog.py" line="988"/>
        <source>Payment terms for {name}</source>
        <translation>Condiciones de pago para {name}</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/agreement_dialog.py" line="991"/>
        <source>Witnessed by {staff} for the clinic.</source>
        <translation>Firma presenciada por {staff} en nombre de la clínica.</translation>
    </message>
    <message numerus="yes">
        <location filename="../vetdesk/ui/agreement_dialog.py" line="1007"/>
        <source>{name} agrees to pay {amount} in %n monthly instalment(s).</source>
        <translation>
            <numerusform>{name} acepta pagar {amount} en %n plazo mensual.</numerusform>
            <numerusform>{name} acepta pagar {amount} en %n plazos mensuales.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../vetdesk/ui/agreement_dialog.py" line="1009"/>
        <source>{name} agrees to pay {amount} in %n instalment(s), one every two weeks.</source>
        <translation>
            <numerusform>{name} acepta pagar {amount} en %n plazo quincenal.</numerusform>
            <numerusform>{name} acepta pagar {amount} en %n plazos quincenales.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../vetdesk/ui/agreement_dialog.py" line="1011"/>
        <source>{name} agrees to pay {amount} in %n weekly instalment(s).</source>
        <translation>
            <numerusform>{name} acepta pagar {amount} en %n plazo semanal.</numerusform>
            <numerusform>{name} acepta pagar {amount} en %n plazos semanales.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/agreement_dialog.py" line="1016"/>
        <source>{name} promises to pay {amount} by {date}.</source>
        <translation>{name} se compromete a pagar {amount} como muy tarde el {date}.</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/agreement_dialog.py" line="1019"/>
        <source>{provider} pays {amount} on behalf of {name}, expected by {date}.</source>
        <translation>{provider} paga {amount} en nombre de {name}, con pago previsto para el {date}.</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/agreement_dialog.py" line="1024"/>
        <source>Normal price {price}</source>
        <translation>Precio normal: {price}</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/agreement_dialog.py" line="1026"/>
        <source>discount {amount}</source>
        <translation>descuento: {amount}</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/agreement_dialog.py" line="1028"/>
        <source>deferral fee {amount}</source>
        <translation>recargo por aplazamiento: {amount}</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/agreement_dialog.py" line="1037"/>
        <source>No.</source>
        <translation>N.º</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/agreement_dialog.py" line="1038"/>
        <source>Due date</source>
        <translation>Vencimiento</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/agreement_dialog.py" line="1039"/>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/agreement_dialog.py" line="1062"/>
        <source>Payment terms for {name} (not signed yet)</source>
        <translation>Condiciones de pago para {name} (aún sin firmar)</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/agreement_dialog.py" line="1063"/>
        <source>payment-terms.pdf</source>
        <translation>condiciones-de-pago.pdf</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/agreement_dialog.py" line="1078"/>
        <source>The translation of the form into this language is missing from this installation. Choose another language of the form, or reinstall VetDesk.</source>
        <translation>En esta instalación falta la traducción del documento a este idioma. Elija otro idioma para el documento o vuelva a instalar VetDesk.</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/agreement_dialog.py" line="1101"/>
        <source>The client has signed on the pad. Press &quot;Sign and save&quot;, or clear the signature to store the form unsigned.</source>
        <translation>El cliente ha firmado en el panel. Pulse «Firmar y guardar», o borre la firma para guardar el documento sin firmar.</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/agreement_dialog.py" line="1151"/>
        <source>The agreement is not saved yet: type the passphrase of the clinic&apos;s seal to seal and store the form.</source>
        <translation>El acuerdo aún no se ha guardado: escriba la contraseña del certificado de sello de la clínica para sellar y guardar el documento.</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/agreement_dialog.py" line="1173"/>
        <source>Payment terms {number}, to sign on paper</source>
        <translation>Condiciones de pago {number}, para firmar en papel</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/agreement_dialog.py" line="1190"/>
        <source>Discard the signature?</source>
        <translation>¿Descartar la firma?</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/agreement_dialog.py" line="1191"/>
        <source>The client has signed but the agreement is not saved. Close and discard the signature?</source>
        <translation>El cliente ha firmado, pero el acuerdo no se ha guardado. ¿Cerrar y descartar la firma?</translation>
    </message>
</context>
<context>
    <name>AgreementDocumentsModel</name>
    <message>
        <location filename="../vetdesk/ui/agreements_pane.py" line="215"/>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/agreements_pane.py" line="215"/>
        <source>Signed at</source>
        <translation>Fecha de firma</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/agreements_pane.py" line="215"/>
        <source>Witnessed by</source>
        <translation>Presenciada por</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/agreements_pane.py" line="215"/>
        <source>Sealed</source>
        <translation>Sellado</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/agreements_pane.py" line="227"/>
        <source>Not signed</source>
        <translation>Sin firmar</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/agreements_pane.py" line="229"/>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/agreements_pane.py" line="229"/>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/agreements_pane.py" line="231"/>
        <source>Stored on {date}. SHA-256: {digest}</source>
        <translation>Guardado el {date}. SHA-256: {digest}</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/agreements_pane.py" line="234"/>
        <source>Stored unsigned, to print and sign on paper.</source>
        <translation>Guardado sin firmar, para imprimirlo y firmarlo en papel.</translation>
    </message>
</context>
<context>
    <name>AgreementLinesModel</name>
    <message>
        <location filename="../vetdesk/ui/agreements_pane.py" line="169"/>
        <source>No.</source>
        <translation>N.º</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/agreements_pane.py" line="169"/>
        <source>Due date</source>
        <translation>Vencimiento</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/agreements_pane.py" line="169"/>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/agreements_pane.py" line="169"/>
        <source>Paid</source>
        <translation>Pagado</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/agreements_pane.py" line="169"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
</context>
<context>
    <name>AgreementListModel</name>
    <message>
        <location filename="../vetdesk/ui/agreements_pane.py" line="116"/>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/agreements_pane.py" line="116"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/agreements_pane.py" line="116"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/agreements_pane.py" line="116"/>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/agreements_pane.py" line="116"/>
        <source>Standing</source>
        <translation>Situación</translation>
    </message>
</context>
<context>
    <name>Agreements</name>
    <message>
        <location filename="../vetdesk/domain/agreements.py" line="115"/>
        <source>The amount covered {amount} must be greater than zero.</source>
        <translation>El importe incluido {amount} debe ser mayor que cero.</translation>
    </message>
    <message>
        <location filename="../vetdesk/domain/agreements.py" line="119"/>
        <source>The down payment {amount} is negative. Type 0 for none, or a positive amount.</source>
        <translation>El pago inicial {amount} es negativo. Escriba 0 si no hay pago inicial, o un importe positivo.</translation>
    </message>
    <message>
        <location filename="../vetdesk/domain/agreements.py" line="123"/>
        <source>The down payment {down} is not less than the amount covered {amount}. Record it as a payment, or make a promise to pay instead.</source>
        <translation>El pago inicial {down} no es menor que el importe incluido {amount}. Regístrelo como un cobro o haga en su lugar un compromiso de pago.</translation>
    </message>
    <message>
        <location filename="../vetdesk/domain/agreements.py" line="128"/>
        <source>{count} instalments is not allowed. Choose from 1 to {maximum}.</source>
        <translation>No se permiten {count} plazos. Elija de 1 a {maximum}.</translation>
    </message>
    <message>
        <location filename="../vetdesk/domain/agreements.py" line="137"/>
        <source>After the down payment only {rest} is left, below the clinic&apos;s minimum instalment of {minimum}. Lower the down payment, or make a promise to pay instead.</source>
        <translation>Tras el pago inicial solo quedan {rest}, menos que el plazo mínimo de la clínica, que es de {minimum}. Reduzca el pago inicial o haga en su lugar un compromiso de pago.</translation>
    </message>
    <message>
        <location filename="../vetdesk/domain/agreements.py" line="143"/>
        <source>Each instalment would be {instalment}, below the clinic&apos;s minimum of {minimum}. Choose at most {most} instalments or a smaller down payment.</source>
        <translation>Cada plazo sería de {instalment}, menos que el mínimo de la clínica, que es de {minimum}. Elija como máximo {most} plazos o un pago inicial menor.</translation>
    </message>
    <message>
        <location filename="../vetdesk/domain/agreements.py" line="169"/>
        <source>The schedule has no lines. Add at least one instalment.</source>
        <translation>El calendario de pagos no tiene líneas. Añada al menos un plazo.</translation>
    </message>
    <message>
        <location filename="../vetdesk/domain/agreements.py" line="178"/>
        <source>The schedule has only a down payment. Add at least one instalment.</source>
        <translation>El calendario de pagos solo tiene un pago inicial. Añada al menos un plazo.</translation>
    </message>
    <message>
        <location filename="../vetdesk/domain/agreements.py" line="181"/>
        <source>The schedule has {count} instalments; the clinic allows at most {maximum}.</source>
        <translation>El calendario de pagos tiene {count} plazos; la clínica permite como máximo {maximum}.</translation>
    </message>
    <message>
        <location filename="../vetdesk/domain/agreements.py" line="186"/>
        <source>Line {number} has the amount {amount}. Every line must be greater than zero.</source>
        <translation>La línea {number} tiene el importe {amount}. Todas las líneas deben ser mayores que cero.</translation>
    </message>
    <message>
        <location filename="../vetdesk/domain/agreements.py" line="190"/>
        <source>Instalment {number} of {amount} is below the clinic&apos;s minimum of {minimum}.</source>
        <translation>El plazo {number}, de {amount}, es menor que el mínimo de la clínica, que es de {minimum}.</translation>
    </message>
    <message>
        <location filename="../vetdesk/domain/agreements.py" line="196"/>
        <source>Line {number} is due on {date}, before line {previous} ({previous_date}). Put the due dates in order.</source>
        <translation>La línea {number} vence el {date}, antes que la línea {previous} ({previous_date}). Ordene las fechas de vencimiento.</translation>
    </message>
    <message>
        <location filename="../vetdesk/domain/agreements.py" line="202"/>
        <source>The first line is due on {date}, which is already past. Choose {earliest} or later.</source>
        <translation>La primera línea vence el {date}, que ya ha pasado. Elija el {earliest} o una fecha posterior.</translation>
    </message>
    <message>
        <location filename="../vetdesk/domain/agreements.py" line="207"/>
        <source>The lines add up to {total}, {difference} more than the amount covered {amount}. Lower the amounts so that they add up exactly.</source>
        <translation>Las líneas suman {total}, {difference} más que el importe incluido {amount}. Reduzca los importes para que la suma coincida exactamente.</translation>
    </message>
    <message>
        <location filename="../vetdesk/domain/agreements.py" line="213"/>
        <source>The lines add up to {total}, {difference} less than the amount covered {amount}. Raise the amounts so that they add up exactly.</source>
        <translation>Las líneas suman {total}, {difference} menos que el importe incluido {amount}. Aumente los importes para que la suma coincida exactamente.</translation>
    </message>
    <message>
        <location filename="../vetdesk/services/agreements.py" line="55"/>
        <source>{number}: deferral fee</source>
        <translation>{number}: recargo por aplazamiento</translation>
    </message>
    <message>
        <location filename="../vetdesk/services/agreements.py" line="56"/>
        <source>{number}: discount granted</source>
        <translation>{number}: descuento concedido</translation>
    </message>
    <message>
        <location filename="../vetdesk/services/agreements.py" line="57"/>
        <source>{number}: deferral fee cancelled with the agreement</source>
        <translation>{number}: recargo por aplazamiento anulado al cancelar el acuerdo</translation>
    </message>
    <message>
        <location filename="../vetdesk/services/agreements.py" line="58"/>
        <source>{number}: discount withdrawn with the agreement</source>
        <translation>{number}: descuento retirado al cancelar el acuerdo</translation>
    </message>
    <message>
        <location filename="../vetdesk/services/agreements.py" line="317"/>
        <source>Client number {id} was not found. Search for the client again.</source>
        <translation>No se ha encontrado el cliente número {id}. Vuelva a buscar el cliente.</translation>
    </message>
    <message>
        <location filename="../vetdesk/services/agreements.py" line="320"/>
        <source>This client&apos;s personal data was erased, so no agreement can be signed with them.</source>
        <translation>Los datos personales de este cliente se han borrado, así que no se puede firmar ningún acuerdo con él.</translation>
    </message>
    <message>
        <location filename="../vetdesk/services/agreements.py" line="326"/>
        <source>This plan adds a deferral fee. A deferred payment with interest or fees may be a consumer credit under Ley 16/2011, with its own information duties. Ask the clinic&apos;s adviser before offering it.</source>
        <translation>Este plan añade un recargo por aplazamiento. Un pago aplazado con intereses o gastos puede ser un crédito al consumo según la Ley 16/2011, con sus propias obligaciones de información. Consulte al asesor de la clínica antes de ofrecerlo.</translation>
    </message>
    <message>
        <location filename="../vetdesk/services/agreements.py" line="342"/>
        <source>Charge number {id} is paid, belongs to another agreement or is not this client&apos;s. Choose the charges again.</source>
        <translation>El cargo número {id} ya está pagado, pertenece a otro acuerdo o no es de este cliente. Vuelva a elegir los cargos.</translation>
    </message>
    <message>
        <location filename="../vetdesk/services/agreements.py" line="347"/>
        <source>There is nothing to agree: the client owes nothing that is not already in an agreement.</source>
        <translation>No hay nada que acordar: el cliente no debe nada que no esté ya en un acuerdo.</translation>
    </message>
    <message>
        <location filename="../vetdesk/services/agreements.py" line="352"/>
        <source>The discount {discount} must be from 0,00 € to less than the amount owed {amount}.</source>
        <translation>El descuento {discount} debe ser de 0,00 € o más, y menor que el importe debido {amount}.</translation>
    </message>
    <message>
        <location filename="../vetdesk/services/agreements.py" line="362"/>
        <source>The clinic offers instalments from {minimum}; this debt is {amount}. Offer a promise to pay by a date instead.</source>
        <translation>La clínica ofrece pagos a plazos a partir de {minimum}, y esta deuda es de {amount}. Ofrezca en su lugar un compromiso de pago en una fecha.</translation>
    </message>
    <message>
        <location filename="../vetdesk/services/agreements.py" line="372"/>
        <source>Type the name of the financing company (up to {maximum} characters).</source>
        <translation>Escriba el nombre de la entidad financiera (hasta {maximum} caracteres).</translation>
    </message>
    <message>
        <location filename="../vetdesk/services/agreements.py" line="376"/>
        <source>The financing reference has more than {maximum} characters. Shorten it.</source>
        <translation>La referencia de la financiación tiene más de {maximum} caracteres. Acórtela.</translation>
    </message>
    <message>
        <location filename="../vetdesk/services/agreements.py" line="396"/>
        <source>A promise to pay or a financing has one payment, not {count}.</source>
        <translation>Un compromiso de pago o una financiación tiene un solo pago, no {count}.</translation>
    </message>
    <message>
        <location filename="../vetdesk/services/agreements.py" line="404"/>
        <source>The first due date {date} is already past. Choose {today} or later.</source>
        <translation>La primera fecha de vencimiento, {date}, ya ha pasado. Elija el {today} o una fecha posterior.</translation>
    </message>
    <message>
        <location filename="../vetdesk/services/agreements.py" line="411"/>
        <source>Choose the date by which the client promises to pay, today or later.</source>
        <translation>Elija la fecha límite en la que el cliente se compromete a pagar, hoy o más adelante.</translation>
    </message>
    <message>
        <location filename="../vetdesk/services/agreements.py" line="416"/>
        <source>The expected payment date {date} is already past. Choose {today} or later.</source>
        <translation>La fecha de pago prevista, {date}, ya ha pasado. Elija el {today} o una fecha posterior.</translation>
    </message>
    <message>
        <location filename="../vetdesk/services/agreements.py" line="445"/>
        <source>The clinic&apos;s details are missing. Fill them in Settings first.</source>
        <translation>Faltan los datos de la clínica. Rellénelos primero en Ajustes.</translation>
    </message>
    <message>
        <location filename="../vetdesk/services/agreements.py" line="583"/>
        <source>The client&apos;s account changed while the agreement was being signed. Review the agreement again and ask the client to sign the new version.</source>
        <translation>La cuenta del cliente ha cambiado mientras se firmaba el acuerdo. Revise de nuevo el acuerdo y pida al cliente que firme la nueva versión.</translation>
    </message>
    <message>
        <location filename="../vetdesk/services/agreements.py" line="594"/>
        <source>No free agreement number was found because other desks were recording agreements. Try again.</source>
        <translation>No se ha encontrado un número de acuerdo libre porque otros puestos estaban registrando acuerdos. Vuelva a intentarlo.</translation>
    </message>
    <message>
        <location filename="../vetdesk/services/agreements.py" line="682"/>
        <source>The reason &quot;{value}&quot; is too short. Write why the agreement is cancelled.</source>
        <translation>El motivo «{value}» es demasiado corto. Escriba por qué se cancela el acuerdo.</translation>
    </message>
    <message>
        <location filename="../vetdesk/services/agreements.py" line="689"/>
        <location filename="../vetdesk/services/agreements.py" line="770"/>
        <location filename="../vetdesk/services/agreements.py" line="857"/>
        <source>Agreement number {id} was not found.</source>
        <translation>No se ha encontrado el acuerdo número {id}.</translation>
    </message>
    <message>
        <location filename="../vetdesk/services/agreements.py" line="691"/>
        <source>Agreement {number} was already cancelled on {date}.</source>
        <translation>El acuerdo {number} ya se canceló el {date}.</translation>
    </message>
    <message>
        <location filename="../vetdesk/services/agreements.py" line="810"/>
        <source>Document number {id} was not found.</source>
        <translation>No se ha encontrado el documento número {id}.</translation>
    </message>
    <message>
        <location filename="../vetdesk/services/agreements.py" line="859"/>
        <source>Agreement {number} was cancelled, so its form cannot be signed again.</source>
        <translation>El acuerdo {number} se canceló, así que su documento no se puede volver a firmar.</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/agreement_dialog.py" line="94"/>
        <source>Instalment plan</source>
        <translation>Pago a plazos</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/agreement_dialog.py" line="95"/>
        <source>Promise to pay</source>
        <translation>Compromiso de pago</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/agreement_dialog.py" line="96"/>
        <source>Third-party financing</source>
        <translation>Financiación por terceros</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/agreement_dialog.py" line="103"/>
        <source>Monthly</source>
        <translation>Mensual</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/agreement_dialog.py" line="104"/>
        <source>Every two weeks</source>
        <translation>Quincenal</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/agreement_dialog.py" line="105"/>
        <source>Weekly</source>
        <translation>Semanal</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/agreement_dialog.py" line="112"/>
        <source>In good standing</source>
        <translation>Al corriente</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/agreement_dialog.py" line="113"/>
        <source>Late</source>
        <translation>Con retraso</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/agreement_dialog.py" line="114"/>
        <source>Broken</source>
        <translation>Incumplido</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/agreement_dialog.py" line="115"/>
        <source>Completed</source>
        <translation>Completado</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/agreement_dialog.py" line="116"/>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/agreement_dialog.py" line="123"/>
        <source>Pending</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/agreement_dialog.py" line="124"/>
        <source>Partly paid</source>
        <translation>Pagado en parte</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/agreement_dialog.py" line="125"/>
        <source>Paid</source>
        <translation>Pagado</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/agreement_dialog.py" line="126"/>
        <source>Overdue</source>
        <translation>Vencido</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/agreement_dialog.py" line="133"/>
        <source>Down payment</source>
        <translation>Pago inicial</translation>
    </message>
</context>
<context>
    <name>AgreementsPane</name>
    <message>
        <location filename="../vetdesk/ui/agreements_pane.py" line="343"/>
        <source>Payment agreements</source>
        <translation>Acuerdos de pago</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/agreements_pane.py" line="352"/>
        <source>New agreement…</source>
        <translation>Nuevo acuerdo…</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/agreements_pane.py" line="361"/>
        <source>This client has no payment agreements.</source>
        <translation>Este cliente no tiene acuerdos de pago.</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/agreements_pane.py" line="384"/>
        <source>View / print form…</source>
        <translation>Ver / imprimir documento…</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/agreements_pane.py" line="385"/>
        <source>Check seal</source>
        <translation>Comprobar sello</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/agreements_pane.py" line="386"/>
        <source>Sign the form now…</source>
        <translation>Firmar el documento ahora…</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/agreements_pane.py" line="389"/>
        <source>Cancel agreement…</source>
        <translation>Cancelar acuerdo…</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/agreements_pane.py" line="409"/>
        <source>Signed forms</source>
        <translation>Documentos firmados</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/agreements_pane.py" line="498"/>
        <source>made on {date}</source>
        <translation>hecho el {date}</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/agreements_pane.py" line="503"/>
        <source>financed by {provider}</source>
        <translation>financiado por {provider}</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/agreements_pane.py" line="505"/>
        <source>Paid {paid} of {amount}; {remaining} left.</source>
        <translation>Pagado: {paid} de {amount}. Pendiente: {remaining}.</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/agreements_pane.py" line="509"/>
        <source>Broken on {date}; the whole remaining amount is due now.</source>
        <translation>Incumplido el {date}. Todo el importe pendiente ha vencido ya.</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/agreements_pane.py" line="512"/>
        <source>Broken on {date}.</source>
        <translation>Incumplido el {date}.</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/agreements_pane.py" line="514"/>
        <source>{amount} overdue since {date}.</source>
        <translation>{amount} vencido desde el {date}.</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/agreements_pane.py" line="518"/>
        <source>Cancelled by {who} on {date}: {reason}</source>
        <translation>Cancelado por {who} el {date}: {reason}</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/agreements_pane.py" line="539"/>
        <source>Only a manager can cancel an agreement.</source>
        <translation>Solo un responsable puede cancelar un acuerdo.</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/agreements_pane.py" line="556"/>
        <source>Payment terms {number}, version {version}</source>
        <translation>Condiciones de pago {number}, versión {version}</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/agreements_pane.py" line="604"/>
        <source>The signed form is stored as a new version; the unsigned one is kept.</source>
        <translation>El documento firmado se ha guardado como una versión nueva; se conserva el que no estaba firmado.</translation>
    </message>
</context>
<context>
    <name>AuditChain</name>
    <message>
        <location filename="../vetdesk/services/audit.py" line="237"/>
        <source>The event has no hash although earlier events are chained, so it was added outside VetDesk or its hash was erased.</source>
        <translation>El evento no tiene hash, aunque los eventos anteriores están encadenados, así que se añadió fuera de VetDesk o se borró su hash.</translation>
    </message>
    <message>
        <location filename="../vetdesk/services/audit.py" line="241"/>
        <source>The event does not link to the event before it (id {previous}), so an event before it was removed, inserted or edited.</source>
        <translation>El evento no enlaza con el evento anterior (id {previous}), así que antes de él se eliminó, se insertó o se modificó algún evento.</translation>
    </message>
    <message>
        <location filename="../vetdesk/services/audit.py" line="246"/>
        <source>The event&apos;s contents do not match its hash, so it was edited after it was written.</source>
        <translation>El contenido del evento no coincide con su hash, así que se modificó después de escribirse.</translation>
    </message>
    <message>
        <location filename="../vetdesk/services/audit.py" line="258"/>
        <source>The chain head record is missing although chained events exist.</source>
        <translation>Falta el registro de cabecera de la cadena, aunque existen eventos encadenados.</translation>
    </message>
    <message>
        <location filename="../vetdesk/services/audit.py" line="261"/>
        <source>The newest events are missing: the chain head names event {head}, but the last event found is {last}.</source>
        <translation>Faltan los eventos más recientes: la cabecera de la cadena indica el evento {head}, pero el último evento encontrado es el {last}.</translation>
    </message>
    <message>
        <location filename="../vetdesk/services/audit.py" line="265"/>
        <source>The event does not match the chain head (event {head}), so events were added outside VetDesk or the head was edited.</source>
        <translation>El evento no coincide con la cabecera de la cadena (evento {head}), así que se añadieron eventos fuera de VetDesk o se modificó la cabecera.</translation>
    </message>
</context>
<context>
    <name>AuditCommand</name>
    <message>
        <location filename="../vetdesk/commands/audit_command.py" line="63"/>
        <source>The database file {file} does not exist.</source>
        <translation>El archivo de base de datos {file} no existe.</translation>
    </message>
    <message>
        <location filename="../vetdesk/commands/audit_command.py" line="71"/>
        <source>The database {url} could not be opened: {error}</source>
        <translation>No se ha podido abrir la base de datos {url}: {error}</translation>
    </message>
    <message>
        <location filename="../vetdesk/commands/audit_command.py" line="89"/>
        <source>{count} older events were written before the audit chain existed; they have no hash and cannot be checked.</source>
        <translation>Eventos escritos antes de que existiera la cadena de auditoría: {count}. No tienen hash y no se pueden comprobar.</translation>
    </message>
    <message>
        <location filename="../vetdesk/commands/audit_command.py" line="93"/>
        <source>Audit trail intact: {count} events checked.</source>
        <translation>Registro de auditoría intacto. Eventos comprobados: {count}.</translation>
    </message>
    <message>
        <location filename="../vetdesk/commands/audit_command.py" line="97"/>
        <source>Audit trail broken at event {event} after {count} intact events: {reason}</source>
        <translation>Registro de auditoría alterado en el evento {event} (eventos intactos antes de él: {count}): {reason}</translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <location filename="../vetdesk/services/backup.py" line="64"/>
        <source>The database URL {url} is not valid. Write it as sqlite:////path/to/file.sqlite3 or postgresql+psycopg://user@host/database.</source>
        <translation>La URL de la base de datos {url} no es válida. Escríbala como sqlite:////ruta/al/archivo.sqlite3 o postgresql+psycopg://usuario@servidor/base_de_datos.</translation>
    </message>
    <message>
        <location filename="../vetdesk/services/backup.py" line="70"/>
        <source>The database {url} is kept in memory, so it has no file to back up or restore.</source>
        <translation>La base de datos {url} está en memoria, así que no tiene ningún archivo del que hacer una copia de seguridad ni que restaurar.</translation>
    </message>
    <message>
        <location filename="../vetdesk/services/backup.py" line="76"/>
        <source>The database URL {url} names no database.</source>
        <translation>La URL de la base de datos {url} no indica ninguna base de datos.</translation>
    </message>
    <message>
        <location filename="../vetdesk/services/backup.py" line="79"/>
        <source>Backups support SQLite and PostgreSQL databases only, not {backend}.</source>
        <translation>Las copias de seguridad solo admiten bases de datos SQLite y PostgreSQL, no {backend}.</translation>
    </message>
    <message>
        <location filename="../vetdesk/services/backup.py" line="159"/>
        <source>The backup folder {folder} could not be created: {error}</source>
        <translation>No se ha podido crear la carpeta de copias de seguridad {folder}: {error}</translation>
    </message>
    <message>
        <location filename="../vetdesk/services/backup.py" line="174"/>
        <source>The database file {file} does not exist.</source>
        <translation>El archivo de base de datos {file} no existe.</translation>
    </message>
    <message>
        <location filename="../vetdesk/services/backup.py" line="186"/>
        <source>The copy of {file} failed its integrity check: {problem}</source>
        <translation>La copia de {file} no ha superado la comprobación de integridad: {problem}</translation>
    </message>
    <message>
        <location filename="../vetdesk/services/backup.py" line="198"/>
        <source>The backup of {file} failed: {error}</source>
        <translation>No se ha podido hacer la copia de seguridad de {file}: {error}</translation>
    </message>
    <message>
        <location filename="../vetdesk/services/backup.py" line="240"/>
        <source>The PostgreSQL program {program} was not found. Install the PostgreSQL client programs (on Debian or Ubuntu: apt-get install postgresql-client) and try again.</source>
        <translation>No se ha encontrado el programa de PostgreSQL {program}. Instale los programas cliente de PostgreSQL (en Debian o Ubuntu: apt-get install postgresql-client) y vuelva a intentarlo.</translation>
    </message>
    <message>
        <location filename="../vetdesk/services/backup.py" line="260"/>
        <source>pg_dump failed for the database {database}: {error}</source>
        <translation>pg_dump ha fallado con la base de datos {database}: {error}</translation>
    </message>
    <message>
        <location filename="../vetdesk/services/backup.py" line="367"/>
        <source>The file {file} is not a VetDesk backup: it has no schema version.</source>
        <translation>El archivo {file} no es una copia de seguridad de VetDesk: no tiene versión de esquema.</translation>
    </message>
    <message>
        <location filename="../vetdesk/services/backup.py" line="370"/>
        <source>The backup {file} has the schema version {revision}, which this version of VetDesk does not know. It was probably made by a newer VetDesk; restore it with that version.</source>
        <translation>La copia de seguridad {file} tiene la versión de esquema {revision}, que esta versión de VetDesk no reconoce. Probablemente se hizo con una versión más reciente de VetDesk; restáurela con esa versión.</translation>
    </message>
    <message>
        <location filename="../vetdesk/services/backup.py" line="387"/>
        <source>The backup file {file} does not exist.</source>
        <translation>El archivo de copia de seguridad {file} no existe.</translation>
    </message>
    <message>
        <location filename="../vetdesk/services/backup.py" line="389"/>
        <source>The backup file {file} could not be read: {error}</source>
        <translation>No se ha podido leer el archivo de copia de seguridad {file}: {error}</translation>
    </message>
    <message>
        <location filename="../vetdesk/services/backup.py" line="395"/>
        <source>The file {file} is not a VetDesk backup: it is neither a SQLite database nor a PostgreSQL dump.</source>
        <translation>El archivo {file} no es una copia de seguridad de VetDesk: no es una base de datos SQLite ni un volcado de PostgreSQL.</translation>
    </message>
    <message>
        <location filename="../vetdesk/services/backup.py" line="401"/>
        <source>The backup {file} is damaged and cannot be restored ({detail}). Choose an older backup.</source>
        <translation>La copia de seguridad {file} está dañada y no se puede restaurar ({detail}). Elija una copia de seguridad más antigua.</translation>
    </message>
    <message>
        <location filename="../vetdesk/services/backup.py" line="417"/>
        <source>The file {file} is a SQLite database but not a VetDesk database.</source>
        <translation>El archivo {file} es una base de datos SQLite, pero no una base de datos de VetDesk.</translation>
    </message>
    <message>
        <location filename="../vetdesk/services/backup.py" line="435"/>
        <source>The file {file} is a PostgreSQL dump but not of a VetDesk database.</source>
        <translation>El archivo {file} es un volcado de PostgreSQL, pero no de una base de datos de VetDesk.</translation>
    </message>
    <message>
        <location filename="../vetdesk/services/backup.py" line="497"/>
        <source>The backup {file} is of a {backup_engine} database and cannot be restored into the {target_engine} database {url}.</source>
        <translation>La copia de seguridad {file} es de una base de datos {backup_engine} y no se puede restaurar en la base de datos {target_engine} {url}.</translation>
    </message>
    <message>
        <location filename="../vetdesk/services/backup.py" line="528"/>
        <source>Restoring {file} into {target} failed: {error}</source>
        <translation>No se ha podido restaurar {file} en {target}: {error}</translation>
    </message>
    <message>
        <location filename="../vetdesk/services/backup.py" line="540"/>
        <source>pg_restore failed for the database {database}: {error}</source>
        <translation>pg_restore ha fallado con la base de datos {database}: {error}</translation>
    </message>
</context>
<context>
    <name>BackupCommand</name>
    <message>
        <location filename="../vetdesk/commands/backup_command.py" line="132"/>
        <source>Backup written to {file}.</source>
        <translation>Copia de seguridad guardada en {file}.</translation>
    </message>
    <message>
        <location filename="../vetdesk/commands/backup_command.py" line="143"/>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <location filename="../vetdesk/commands/backup_command.py" line="146"/>
        <source>The restore replaces everything in the database of &quot;{clinic}&quot;. Type the clinic&apos;s name to confirm: </source>
        <translation>La restauración sustituye todo el contenido de la base de datos de «{clinic}». Escriba el nombre de la clínica para confirmar: </translation>
    </message>
    <message>
        <location filename="../vetdesk/commands/backup_command.py" line="151"/>
        <source>The restore replaces everything in the database. Type &quot;{yes}&quot; to confirm: </source>
        <translation>La restauración sustituye todo el contenido de la base de datos. Escriba «{yes}» para confirmar: </translation>
    </message>
    <message>
        <location filename="../vetdesk/commands/backup_command.py" line="169"/>
        <source>A restore must be confirmed on a terminal. Run it in a terminal, or add --yes to restore without confirmation.</source>
        <translation>La restauración se debe confirmar en un terminal. Ejecútela en un terminal o añada --yes para restaurar sin confirmación.</translation>
    </message>
    <message>
        <location filename="../vetdesk/commands/backup_command.py" line="174"/>
        <source>Not confirmed, so nothing was restored.</source>
        <translation>No se ha confirmado, así que no se ha restaurado nada.</translation>
    </message>
    <message>
        <location filename="../vetdesk/commands/backup_command.py" line="181"/>
        <source>Backup {file} restored into {database}.</source>
        <translation>Se ha restaurado la copia de seguridad {file} en {database}.</translation>
    </message>
</context>
<context>
    <name>BalancePane</name>
    <message>
        <location filename="../vetdesk/ui/balance_pane.py" line="138"/>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/balance_pane.py" line="154"/>
        <source>Balance</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/balance_pane.py" line="154"/>
        <source>Overdue</source>
        <translation>Vencido</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/balance_pane.py" line="155"/>
        <source>Not yet due</source>
        <translation>Sin vencer</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/balance_pane.py" line="155"/>
        <source>Oldest overdue</source>
        <translation>Vencido más antiguo</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/balance_pane.py" line="156"/>
        <source>1–30 days</source>
        <translation>1–30 días</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/balance_pane.py" line="156"/>
        <source>31–60 days</source>
        <translation>31–60 días</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/balance_pane.py" line="157"/>
        <source>61–90 days</source>
        <translation>61–90 días</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/balance_pane.py" line="157"/>
        <source>Over 90 days</source>
        <translation>Más de 90 días</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/balance_pane.py" line="158"/>
        <source>Total charged</source>
        <translation>Total de cargos</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/balance_pane.py" line="158"/>
        <source>Total paid</source>
        <translation>Total cobrado</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/balance_pane.py" line="159"/>
        <source>Total credit notes</source>
        <translation>Total de abonos</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/balance_pane.py" line="174"/>
        <source>New charge (F7)</source>
        <translation>Nuevo cargo (F7)</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/balance_pane.py" line="177"/>
        <source>New payment (F8)</source>
        <translation>Nuevo cobro (F8)</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/balance_pane.py" line="180"/>
        <source>Credit note…</source>
        <translation>Abono…</translation>
    </message>
    <message numerus="yes">
        <location filename="../vetdesk/ui/balance_pane.py" line="206"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n día</numerusform>
            <numerusform>%n días</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/balance_pane.py" line="224"/>
        <source>Overdue debt: only charges paid now can be recorded until the client pays or a manager overrides.</source>
        <translation>Deuda vencida: solo se pueden registrar cargos pagados en el momento hasta que el cliente pague o un responsable autorice una excepción.</translation>
    </message>
</context>
<context>
    <name>CancelAgreementDialog</name>
    <message>
        <location filename="../vetdesk/ui/agreements_pane.py" line="279"/>
        <source>Cancel agreement {number}</source>
        <translation>Cancelar el acuerdo {number}</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/agreements_pane.py" line="286"/>
        <source>Agreement {number} with {name} stops governing the debt: its charges count as overdue again and the debt banner returns. The reason is stored with your name and the time.</source>
        <translation>El acuerdo {number} con {name} deja de regir la deuda: sus cargos vuelven a contar como vencidos y vuelve a aparecer el aviso de deuda. El motivo se guarda junto con su nombre y la hora.</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/agreements_pane.py" line="294"/>
        <source>Why is the agreement cancelled?</source>
        <translation>¿Por qué se cancela el acuerdo?</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/agreements_pane.py" line="296"/>
        <source>Cancel the agreement</source>
        <translation>Cancelar el acuerdo</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/agreements_pane.py" line="300"/>
        <source>Keep it</source>
        <translation>Mantener el acuerdo</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/agreements_pane.py" line="312"/>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/agreements_pane.py" line="320"/>
        <source>Write why the agreement is cancelled.</source>
        <translation>Escriba por qué se cancela el acuerdo.</translation>
    </message>
</context>
<context>
    <name>ChargeDialog</name>
    <message>
        <location filename="../vetdesk/ui/entry_dialogs.py" line="104"/>
        <source>New charge</source>
        <translation>Nuevo cargo</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/entry_dialogs.py" line="112"/>
        <source>(no pet)</source>
        <translation>(sin mascota)</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/entry_dialogs.py" line="118"/>
        <source>On account: pay by the due date</source>
        <translation>A cuenta: pago hasta la fecha de vencimiento</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/entry_dialogs.py" line="120"/>
        <source>Paid now: {method}</source>
        <translation>Pagado ahora: {method}</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/entry_dialogs.py" line="125"/>
        <source>Description</source>
        <translation>Concepto</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/entry_dialogs.py" line="126"/>
        <source>Amount (€)</source>
        <translation>Importe (€)</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/entry_dialogs.py" line="127"/>
        <source>Pet</source>
        <translation>Mascota</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/entry_dialogs.py" line="128"/>
        <source>Payment</source>
        <translation>Forma de pago</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/entry_dialogs.py" line="129"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/entry_dialogs.py" line="130"/>
        <source>Due date</source>
        <translation>Fecha de vencimiento</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/entry_dialogs.py" line="132"/>
        <source>This client has overdue debt, so new charges on account are paused. A charge paid now can still be recorded.</source>
        <translation>Este cliente tiene deuda vencida, así que los nuevos cargos a cuenta están en pausa. Se puede seguir registrando un cargo pagado en el momento.</translation>
    </message>
</context>
<context>
    <name>ClaimDossier</name>
    <message>
        <location filename="../vetdesk/documents/claim_dossier.py" line="148"/>
        <source>Claim dossier</source>
        <translation>Expediente de reclamación</translation>
    </message>
    <message>
        <location filename="../vetdesk/documents/claim_dossier.py" line="149"/>
        <source>Reference {reference} · {date}</source>
        <translation>Referencia {reference} · {date}</translation>
    </message>
    <message>
        <location filename="../vetdesk/documents/claim_dossier.py" line="150"/>
        <source>Prepared by {name}</source>
        <translation>Preparado por {name}</translation>
    </message>
    <message>
        <location filename="../vetdesk/documents/claim_dossier.py" line="151"/>
        <source>Claim dossier {reference} · Page {page} of {pages}</source>
        <translation>Expediente de reclamación {reference} · Página {page} de {pages}</translation>
    </message>
    <message>
        <location filename="../vetdesk/documents/claim_dossier.py" line="152"/>
        <source>DRAFT, not recorded · Claim dossier · Page {page} of {pages}</source>
        <translation>BORRADOR, no registrado · Expediente de reclamación · Página {page} de {pages}</translation>
    </message>
    <message>
        <location filename="../vetdesk/documents/claim_dossier.py" line="153"/>
        <source>DRAFT, not recorded: record the claim to get the dossier to file with the court. The reference {reference} is reserved only when it is recorded.</source>
        <translation>BORRADOR, no registrado: registre la reclamación para obtener el expediente que se presenta en el juzgado. La referencia {reference} solo queda reservada al registrarla.</translation>
    </message>
    <message>
        <location filename="../vetdesk/documents/claim_dossier.py" line="157"/>
        <source>Parties</source>
        <translation>Partes</translation>
    </message>
    <message>
        <location filename="../vetdesk/documents/claim_dossier.py" line="158"/>
        <source>Creditor (the clinic)</source>
        <translation>Acreedor (la clínica)</translation>
    </message>
    <message>
        <location filename="../vetdesk/documents/claim_dossier.py" line="159"/>
        <source>Debtor (the client)</source>
        <translation>Deudor (el cliente)</translation>
    </message>
    <message>
        <location filename="../vetdesk/documents/claim_dossier.py" line="160"/>
        <source>CIF/NIF: {value}</source>
        <translation>CIF/NIF: {value}</translation>
    </message>
    <message>
        <location filename="../vetdesk/documents/claim_dossier.py" line="161"/>
        <source>DNI/NIE: {value}</source>
        <translation>DNI/NIE: {value}</translation>
    </message>
    <message>
        <location filename="../vetdesk/documents/claim_dossier.py" line="162"/>
        <source>DNI/NIE: not recorded</source>
        <translation>DNI/NIE: no consta</translation>
    </message>
    <message>
        <location filename="../vetdesk/documents/claim_dossier.py" line="163"/>
        <source>Phone: {value}</source>
        <translation>Teléfono: {value}</translation>
    </message>
    <message>
        <location filename="../vetdesk/documents/claim_dossier.py" line="164"/>
        <source>Email: {value}</source>
        <translation>Correo electrónico: {value}</translation>
    </message>
    <message>
        <location filename="../vetdesk/documents/claim_dossier.py" line="166"/>
        <source>Summary of the claim</source>
        <translation>Resumen de la reclamación</translation>
    </message>
    <message>
        <location filename="../vetdesk/documents/claim_dossier.py" line="167"/>
        <source>Principal claimed (amount outstanding)</source>
        <translation>Principal reclamado (importe pendiente)</translation>
    </message>
    <message>
        <location filename="../vetdesk/documents/claim_dossier.py" line="168"/>
        <source>Legal interest up to {date}</source>
        <translation>Intereses legales hasta el {date}</translation>
    </message>
    <message>
        <location filename="../vetdesk/documents/claim_dossier.py" line="169"/>
        <source>Legal interest</source>
        <translation>Intereses legales</translation>
    </message>
    <message>
        <location filename="../vetdesk/documents/claim_dossier.py" line="170"/>
        <source>Total claimed</source>
        <translation>Total reclamado</translation>
    </message>
    <message>
        <location filename="../vetdesk/documents/claim_dossier.py" line="171"/>
        <source>Last service provided on {date}.</source>
        <translation>Último servicio prestado el {date}.</translation>
    </message>
    <message>
        <location filename="../vetdesk/documents/claim_dossier.py" line="172"/>
        <source>The clinic does not claim interest.</source>
        <translation>La clínica no reclama intereses.</translation>
    </message>
    <message>
        <location filename="../vetdesk/documents/claim_dossier.py" line="173"/>
        <source>The claim may expire on {date}, three years after the last service. Each documented claim to the debtor restarts this period.</source>
        <translation>La acción puede prescribir el {date}, tres años después del último servicio. Cada reclamación documentada al deudor interrumpe la prescripción, y el plazo vuelve a empezar.</translation>
    </message>
    <message>
        <location filename="../vetdesk/documents/claim_dossier.py" line="177"/>
        <source>The claim may have expired on {date}, three years after the last service or the last documented claim to the debtor. Check the dates before filing it.</source>
        <translation>La acción puede haber prescrito el {date}, tres años después del último servicio o de la última reclamación documentada al deudor. Compruebe las fechas antes de presentar la reclamación.</translation>
    </message>
    <message>
        <location filename="../vetdesk/documents/claim_dossier.py" line="182"/>
        <source>Statement of account</source>
        <translation>Extracto de la cuenta</translation>
    </message>
    <message>
        <location filename="../vetdesk/documents/claim_dossier.py" line="183"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../vetdesk/documents/claim_dossier.py" line="184"/>
        <source>Description</source>
        <translation>Concepto</translation>
    </message>
    <message>
        <location filename="../vetdesk/documents/claim_dossier.py" line="185"/>
        <source>Pet</source>
        <translation>Mascota</translation>
    </message>
    <message>
        <location filename="../vetdesk/documents/claim_dossier.py" line="186"/>
        <location filename="../vetdesk/documents/claim_dossier.py" line="191"/>
        <source>Charge</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <location filename="../vetdesk/documents/claim_dossier.py" line="187"/>
        <source>Payment or credit</source>
        <translation>Pago o abono</translation>
    </message>
    <message>
        <location filename="../vetdesk/documents/claim_dossier.py" line="188"/>
        <source>Balance</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <location filename="../vetdesk/documents/claim_dossier.py" line="189"/>
        <source>The statement of account has no entries.</source>
        <translation>El extracto de la cuenta no tiene movimientos.</translation>
    </message>
    <message>
        <location filename="../vetdesk/documents/claim_dossier.py" line="192"/>
        <source>Payment</source>
        <translation>Pago</translation>
    </message>
    <message>
        <location filename="../vetdesk/documents/claim_dossier.py" line="193"/>
        <source>Credit note</source>
        <translation>Abono</translation>
    </message>
    <message>
        <location filename="../vetdesk/documents/claim_dossier.py" line="194"/>
        <source>Write-off</source>
        <translation>Dado por incobrable</translation>
    </message>
    <message>
        <location filename="../vetdesk/documents/claim_dossier.py" line="195"/>
        <source>Write-off reversed</source>
        <translation>Anulación del incobrable</translation>
    </message>
    <message>
        <location filename="../vetdesk/documents/claim_dossier.py" line="197"/>
        <source>{kind}: {description}</source>
        <translation>{kind}: {description}</translation>
    </message>
    <message>
        <location filename="../vetdesk/documents/claim_dossier.py" line="199"/>
        <source>Invoices</source>
        <translation>Facturas</translation>
    </message>
    <message>
        <location filename="../vetdesk/documents/claim_dossier.py" line="200"/>
        <source>Invoice</source>
        <translation>Factura</translation>
    </message>
    <message>
        <location filename="../vetdesk/documents/claim_dossier.py" line="201"/>
        <source>Due date</source>
        <translation>Vence</translation>
    </message>
    <message>
        <location filename="../vetdesk/documents/claim_dossier.py" line="202"/>
        <source>Service (pet)</source>
        <translation>Servicio (mascota)</translation>
    </message>
    <message>
        <location filename="../vetdesk/documents/claim_dossier.py" line="203"/>
        <source>{description} ({pet})</source>
        <translation>{description} ({pet})</translation>
    </message>
    <message>
        <location filename="../vetdesk/documents/claim_dossier.py" line="204"/>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <location filename="../vetdesk/documents/claim_dossier.py" line="205"/>
        <source>Outstanding</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <location filename="../vetdesk/documents/claim_dossier.py" line="206"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../vetdesk/documents/claim_dossier.py" line="207"/>
        <source>No invoices are listed.</source>
        <translation>No consta ninguna factura.</translation>
    </message>
    <message>
        <location filename="../vetdesk/documents/claim_dossier.py" line="209"/>
        <source>Reminders sent</source>
        <translation>Recordatorios de pago enviados</translation>
    </message>
    <message>
        <location filename="../vetdesk/documents/claim_dossier.py" line="210"/>
        <source>Each reminder delivered to the debtor is a documented claim for payment.</source>
        <translation>Cada recordatorio entregado al deudor constituye una reclamación de pago documentada.</translation>
    </message>
    <message>
        <location filename="../vetdesk/documents/claim_dossier.py" line="212"/>
        <source>Level</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <location filename="../vetdesk/documents/claim_dossier.py" line="213"/>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <location filename="../vetdesk/documents/claim_dossier.py" line="214"/>
        <source>Recipient</source>
        <translation>Destinatario</translation>
    </message>
    <message>
        <location filename="../vetdesk/documents/claim_dossier.py" line="215"/>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location filename="../vetdesk/documents/claim_dossier.py" line="216"/>
        <source>Error: {error}</source>
        <translation>Error: {error}</translation>
    </message>
    <message>
        <location filename="../vetdesk/documents/claim_dossier.py" line="217"/>
        <source>not sent</source>
        <translation>no enviado</translation>
    </message>
    <message>
        <location filename="../vetdesk/documents/claim_dossier.py" line="218"/>
        <source>No reminders were sent.</source>
        <translation>No se ha enviado ningún recordatorio de pago.</translation>
    </message>
    <message>
        <location filename="../vetdesk/documents/claim_dossier.py" line="220"/>
        <source>Letter</source>
        <translation>Carta</translation>
    </message>
    <message>
        <location filename="../vetdesk/documents/claim_dossier.py" line="221"/>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <location filename="../vetdesk/documents/claim_dossier.py" line="222"/>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <location filename="../vetdesk/documents/claim_dossier.py" line="225"/>
        <source>Prepared</source>
        <translation>Preparado</translation>
    </message>
    <message>
        <location filename="../vetdesk/documents/claim_dossier.py" line="226"/>
        <source>Approved</source>
        <translation>Aprobado</translation>
    </message>
    <message>
        <location filename="../vetdesk/documents/claim_dossier.py" line="227"/>
        <source>Skipped</source>
        <translation>Omitido</translation>
    </message>
    <message>
        <location filename="../vetdesk/documents/claim_dossier.py" line="228"/>
        <source>Sending</source>
        <translation>Envío en curso</translation>
    </message>
    <message>
        <location filename="../vetdesk/documents/claim_dossier.py" line="229"/>
        <source>Sent</source>
        <translation>Enviado</translation>
    </message>
    <message>
        <location filename="../vetdesk/documents/claim_dossier.py" line="230"/>
        <source>Delivered</source>
        <translation>Entregado</translation>
    </message>
    <message>
        <location filename="../vetdesk/documents/claim_dossier.py" line="231"/>
        <source>Failed</source>
        <translation>Fallido</translation>
    </message>
    <message>
        <location filename="../vetdesk/documents/claim_dossier.py" line="232"/>
        <source>Withdrawn</source>
        <translation>Retirado</translation>
    </message>
    <message>
        <location filename="../vetdesk/documents/claim_dossier.py" line="235"/>
        <source>Simple interest at the legal interest rate of each calendar year, counted per day on a 365-day year (actual/365), from the day after the debtor was first asked to pay each charge (the first reminder delivered after its due date) up to and including {date}.</source>
        <translation>Interés simple al tipo de interés legal de cada año natural, calculado por días sobre un año de 365 días (real/365), desde el día siguiente a la primera reclamación de pago de cada cargo (el primer recordatorio entregado después de su vencimiento) hasta el {date} inclusive.</translation>
    </message>
    <message>
        <location filename="../vetdesk/documents/claim_dossier.py" line="240"/>
        <source>Simple interest at the legal interest rate of each calendar year, counted per day on a 365-day year (actual/365), from the day after the debtor was first asked to pay each charge (the first reminder delivered after its due date).</source>
        <translation>Interés simple al tipo de interés legal de cada año natural, calculado por días sobre un año de 365 días (real/365), desde el día siguiente a la primera reclamación de pago de cada cargo (el primer recordatorio entregado después de su vencimiento).</translation>
    </message>
    <message>
        <location filename="../vetdesk/documents/claim_dossier.py" line="272"/>
        <source>A &quot;proceso monitorio&quot; (articles 812 to 818 of the Spanish Civil Procedure Act, LEC) can be started without a lawyer or a court agent (procurador). The initial petition is filed at the civil court of the debtor&apos;s domicile, with this dossier&apos;s documents. If the debtor opposes and the amount is over €2,000, a lawyer and a procurador are then needed.</source>
        <translation>El proceso monitorio (artículos 812 a 818 de la Ley de Enjuiciamiento Civil) puede iniciarse sin abogado ni procurador. La petición inicial se presenta ante el tribunal civil del domicilio del deudor, con los documentos de este expediente. Si el deudor se opone y la cantidad supera los 2.000 €, hacen falta entonces abogado y procurador.</translation>
    </message>
    <message>
        <location filename="../vetdesk/documents/claim_dossier.py" line="245"/>
        <source>Rates applied: {rates}</source>
        <translation>Tipos aplicados: {rates}</translation>
    </message>
    <message>
        <location filename="../vetdesk/documents/claim_dossier.py" line="246"/>
        <source>Claimed on</source>
        <translation>Reclamado el</translation>
    </message>
    <message>
        <location filename="../vetdesk/documents/claim_dossier.py" line="247"/>
        <source>{year}: {rate}</source>
        <translation>{year}: {rate}</translation>
    </message>
    <message>
        <location filename="../vetdesk/documents/claim_dossier.py" line="248"/>
        <source>Principal</source>
        <translation>Principal</translation>
    </message>
    <message>
        <location filename="../vetdesk/documents/claim_dossier.py" line="249"/>
        <source>Year</source>
        <translation>Año</translation>
    </message>
    <message>
        <location filename="../vetdesk/documents/claim_dossier.py" line="250"/>
        <source>Days</source>
        <translation>Días</translation>
    </message>
    <message>
        <location filename="../vetdesk/documents/claim_dossier.py" line="251"/>
        <source>Rate</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../vetdesk/documents/claim_dossier.py" line="252"/>
        <source>Interest</source>
        <translation>Intereses</translation>
    </message>
    <message>
        <location filename="../vetdesk/documents/claim_dossier.py" line="253"/>
        <source>No interest has accrued, because no amount was overdue.</source>
        <translation>No se han devengado intereses porque ningún importe estaba vencido.</translation>
    </message>
    <message>
        <location filename="../vetdesk/documents/claim_dossier.py" line="256"/>
        <source>Documents attached</source>
        <translation>Documentos adjuntos</translation>
    </message>
    <message>
        <location filename="../vetdesk/documents/claim_dossier.py" line="257"/>
        <source>Annex {number}: {title}</source>
        <translation>Anexo {number}: {title}</translation>
    </message>
    <message>
        <location filename="../vetdesk/documents/claim_dossier.py" line="258"/>
        <source>File name: {value}</source>
        <translation>Nombre del archivo: {value}</translation>
    </message>
    <message>
        <location filename="../vetdesk/documents/claim_dossier.py" line="259"/>
        <source>SHA-256: {value}</source>
        <translation>SHA-256: {value}</translation>
    </message>
    <message>
        <location filename="../vetdesk/documents/claim_dossier.py" line="260"/>
        <source>Signed on: {date}</source>
        <translation>Fecha de firma: {date}</translation>
    </message>
    <message>
        <location filename="../vetdesk/documents/claim_dossier.py" line="261"/>
        <source>Signed on: not recorded</source>
        <translation>Fecha de firma: no consta</translation>
    </message>
    <message>
        <location filename="../vetdesk/documents/claim_dossier.py" line="262"/>
        <source>Pages: {count}</source>
        <translation>Páginas: {count}</translation>
    </message>
    <message>
        <location filename="../vetdesk/documents/claim_dossier.py" line="263"/>
        <source>The original file of each document is embedded unchanged in this PDF as a file attachment, so its electronic seal can still be checked. A PDF reader lists it among the attachments, from where it can be saved. Its pages are reproduced as images in the annexes at the end of this dossier.</source>
        <translation>El archivo original de cada documento va incrustado sin cambios en este PDF como archivo adjunto, de modo que su sello electrónico se puede seguir verificando. Los lectores de PDF lo muestran entre los archivos adjuntos, desde donde se puede guardar. Sus páginas se reproducen como imágenes en los anexos, al final de este expediente.</translation>
    </message>
    <message>
        <location filename="../vetdesk/documents/claim_dossier.py" line="268"/>
        <source>No signed documents are attached.</source>
        <translation>No se adjunta ningún documento firmado.</translation>
    </message>
    <message>
        <location filename="../vetdesk/documents/claim_dossier.py" line="269"/>
        <source>Annex {number}: {title} · page {page} of {pages}</source>
        <translation>Anexo {number}: {title} · página {page} de {pages}</translation>
    </message>
    <message>
        <location filename="../vetdesk/documents/claim_dossier.py" line="271"/>
        <source>Claiming in court: the proceso monitorio</source>
        <translation>Reclamación judicial: el proceso monitorio</translation>
    </message>
    <message>
        <location filename="../vetdesk/services/decisions.py" line="293"/>
        <source>Payment terms {number}, version {version}</source>
        <translation>Condiciones de pago {number}, versión {version}</translation>
    </message>
</context>
<context>
    <name>Claims</name>
    <message>
        <location filename="../vetdesk/domain/claims.py" line="130"/>
        <source>No legal interest rate is set for {year}. Enter it in Settings → Debt follow-up before adding interest to the claim.</source>
        <translation>No hay ningún tipo de interés legal indicado para {year}. Indíquelo en Ajustes → Seguimiento de deudas antes de añadir intereses a la reclamación.</translation>
    </message>
    <message>
        <location filename="../vetdesk/domain/claims.py" line="164"/>
        <source>The year &quot;{value}&quot; of a legal interest rate is not valid. Type a year from {first} to {last}, such as 2026.</source>
        <translation>El año «{value}» de un tipo de interés legal no es válido. Escriba un año entre {first} y {last}, por ejemplo 2026.</translation>
    </message>
    <message>
        <location filename="../vetdesk/domain/claims.py" line="181"/>
        <source>The legal interest rate for {year} is empty. Type the yearly percentage, such as 3,25, or remove the year.</source>
        <translation>El tipo de interés legal de {year} está vacío. Escriba el porcentaje anual, por ejemplo 3,25, o quite el año.</translation>
    </message>
    <message>
        <location filename="../vetdesk/domain/claims.py" line="195"/>
        <source>The legal interest rate &quot;{value}&quot; for {year} is not a number. Type the yearly percentage, such as 3,25.</source>
        <translation>El tipo de interés legal «{value}» de {year} no es un número. Escriba el porcentaje anual, por ejemplo 3,25.</translation>
    </message>
    <message>
        <location filename="../vetdesk/domain/claims.py" line="210"/>
        <source>The legal interest rate &quot;{value}&quot; for {year} is negative. Type the yearly percentage without a minus sign, such as 3,25.</source>
        <translation>El tipo de interés legal «{value}» de {year} es negativo. Escriba el porcentaje anual sin el signo menos, por ejemplo 3,25.</translation>
    </message>
    <message>
        <location filename="../vetdesk/domain/claims.py" line="223"/>
        <source>The legal interest rate &quot;{value}&quot; for {year} is above {maximum} %. Type the yearly percentage, such as 3,25, not a total.</source>
        <translation>El tipo de interés legal «{value}» de {year} es superior al {maximum} %. Escriba el porcentaje anual, por ejemplo 3,25, no un total.</translation>
    </message>
</context>
<context>
    <name>Clauses</name>
    <message>
        <location filename="../vetdesk/domain/clauses.py" line="48"/>
        <source>If a payment is missed</source>
        <translation>Si no se hace un pago</translation>
    </message>
    <message>
        <location filename="../vetdesk/domain/clauses.py" line="66"/>
        <source>Whole amount due if the agreement is broken</source>
        <translation>Vencimiento de todo el importe si se incumple el acuerdo</translation>
    </message>
    <message>
        <location filename="../vetdesk/domain/clauses.py" line="82"/>
        <source>Claim in court</source>
        <translation>Reclamación judicial</translation>
    </message>
    <message>
        <location filename="../vetdesk/domain/clauses.py" line="100"/>
        <source>Data protection</source>
        <translation>Protección de datos</translation>
    </message>
    <message>
        <location filename="../vetdesk/domain/clauses.py" line="137"/>
        <source>Acceptance</source>
        <translation>Aceptación</translation>
    </message>
    <message>
        <location filename="../vetdesk/domain/clauses.py" line="188"/>
        <source>The text has {length} characters; the maximum is {maximum}. Shorten it.</source>
        <translation>El texto tiene {length} caracteres; el máximo es {maximum}. Acórtelo.</translation>
    </message>
    <message>
        <location filename="../vetdesk/domain/clauses.py" line="196"/>
        <source>The text has a brace without its pair. Write placeholders as {example}, and type {{ or }} for a brace of its own.</source>
        <translation>El texto tiene una llave sin su pareja. Escriba los marcadores como {example}, y escriba {{ o }} para poner una llave suelta.</translation>
    </message>
    <message>
        <location filename="../vetdesk/domain/clauses.py" line="211"/>
        <source>The placeholder {placeholder} is not allowed here. Use only these: {allowed}.</source>
        <translation>El marcador {placeholder} no está permitido aquí. Use solo estos: {allowed}.</translation>
    </message>
</context>
<context>
    <name>ClientData</name>
    <message>
        <location filename="../vetdesk/services/client_data.py" line="63"/>
        <source>Client number {id} was not found. Search for the client again.</source>
        <translation>No se ha encontrado el cliente número {id}. Vuelva a buscar el cliente.</translation>
    </message>
    <message>
        <location filename="../vetdesk/services/client_data.py" line="626"/>
        <source>The reason &quot;{value}&quot; is too short. Write why the client&apos;s data is erased, for example &quot;Asked in writing on 3/12/2026&quot;.</source>
        <translation>El motivo «{value}» es demasiado corto. Escriba por qué se borran los datos del cliente, por ejemplo «Solicitado por escrito el 3/12/2026».</translation>
    </message>
    <message>
        <location filename="../vetdesk/services/client_data.py" line="649"/>
        <source>Client number {id} was already anonymised on {date}. There is nothing left to erase.</source>
        <translation>El cliente número {id} ya se anonimizó el {date}. No queda nada por borrar.</translation>
    </message>
</context>
<context>
    <name>ClientDataPdf</name>
    <message>
        <location filename="../vetdesk/services/client_data.py" line="252"/>
        <source>Personal data held about a client</source>
        <translation>Datos personales registrados del cliente</translation>
    </message>
    <message>
        <location filename="../vetdesk/services/client_data.py" line="253"/>
        <source>Exported on {date} by {name}.</source>
        <translation>Documento generado el {date} por {name}.</translation>
    </message>
    <message>
        <location filename="../vetdesk/services/client_data.py" line="254"/>
        <source>Page {page} of {pages}</source>
        <translation>Página {page} de {pages}</translation>
    </message>
    <message>
        <location filename="../vetdesk/services/client_data.py" line="255"/>
        <source>Clinic</source>
        <translation>Clínica</translation>
    </message>
    <message>
        <location filename="../vetdesk/services/client_data.py" line="256"/>
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <location filename="../vetdesk/services/client_data.py" line="257"/>
        <source>Consents</source>
        <translation>Consentimientos</translation>
    </message>
    <message>
        <location filename="../vetdesk/services/client_data.py" line="258"/>
        <source>Pets</source>
        <translation>Mascotas</translation>
    </message>
    <message>
        <location filename="../vetdesk/services/client_data.py" line="259"/>
        <source>Account statement</source>
        <translation>Extracto de la cuenta</translation>
    </message>
    <message>
        <location filename="../vetdesk/services/client_data.py" line="260"/>
        <source>Debt block overrides</source>
        <translation>Excepciones al bloqueo por deuda</translation>
    </message>
    <message>
        <location filename="../vetdesk/services/client_data.py" line="261"/>
        <source>History of changes</source>
        <translation>Historial de cambios</translation>
    </message>
    <message>
        <location filename="../vetdesk/services/client_data.py" line="262"/>
        <source>None.</source>
        <translation>Sin datos.</translation>
    </message>
    <message>
        <location filename="../vetdesk/services/client_data.py" line="263"/>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <location filename="../vetdesk/services/client_data.py" line="264"/>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../vetdesk/services/client_data.py" line="265"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../vetdesk/services/client_data.py" line="266"/>
        <source>CIF/NIF</source>
        <translation>CIF/NIF</translation>
    </message>
    <message>
        <location filename="../vetdesk/services/client_data.py" line="267"/>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <location filename="../vetdesk/services/client_data.py" line="268"/>
        <source>Client number</source>
        <translation>Número de cliente</translation>
    </message>
    <message>
        <location filename="../vetdesk/services/client_data.py" line="269"/>
        <source>DNI/NIE</source>
        <translation>DNI/NIE</translation>
    </message>
    <message>
        <location filename="../vetdesk/services/client_data.py" line="270"/>
        <source>Phones</source>
        <translation>Teléfonos</translation>
    </message>
    <message>
        <location filename="../vetdesk/services/client_data.py" line="271"/>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <location filename="../vetdesk/services/client_data.py" line="272"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location filename="../vetdesk/services/client_data.py" line="273"/>
        <source>Reference in the previous program</source>
        <translation>Referencia en el programa anterior</translation>
    </message>
    <message>
        <location filename="../vetdesk/services/client_data.py" line="274"/>
        <source>Client since</source>
        <translation>Cliente desde</translation>
    </message>
    <message>
        <location filename="../vetdesk/services/client_data.py" line="275"/>
        <source>Personal data erased on</source>
        <translation>Datos personales borrados el</translation>
    </message>
    <message>
        <location filename="../vetdesk/services/client_data.py" line="276"/>
        <source>Accepts email</source>
        <translation>Acepta correo electrónico</translation>
    </message>
    <message>
        <location filename="../vetdesk/services/client_data.py" line="277"/>
        <source>Accepts text messages</source>
        <translation>Acepta SMS</translation>
    </message>
    <message>
        <location filename="../vetdesk/services/client_data.py" line="278"/>
        <source>Accepts letters</source>
        <translation>Acepta cartas</translation>
    </message>
    <message>
        <location filename="../vetdesk/services/client_data.py" line="279"/>
        <source>No payment reminders</source>
        <translation>Sin recordatorios de pago</translation>
    </message>
    <message>
        <location filename="../vetdesk/services/client_data.py" line="280"/>
        <source>{name} ({species}, {breed}), born {birth}, microchip {chip}</source>
        <translation>{name} ({species}, {breed}), fecha de nacimiento: {birth}, microchip: {chip}</translation>
    </message>
    <message>
        <location filename="../vetdesk/services/client_data.py" line="281"/>
        <source>This client is the responsible owner.</source>
        <translation>Este cliente es el propietario responsable.</translation>
    </message>
    <message>
        <location filename="../vetdesk/services/client_data.py" line="282"/>
        <source>This client is a co-owner.</source>
        <translation>Este cliente es copropietario.</translation>
    </message>
    <message>
        <location filename="../vetdesk/services/client_data.py" line="283"/>
        <source>Other owners, by client number: {numbers}</source>
        <translation>Otros propietarios, por número de cliente: {numbers}</translation>
    </message>
    <message>
        <location filename="../vetdesk/services/client_data.py" line="284"/>
        <source>unknown</source>
        <translation>no consta</translation>
    </message>
    <message>
        <location filename="../vetdesk/services/client_data.py" line="285"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../vetdesk/services/client_data.py" line="286"/>
        <source>Description</source>
        <translation>Concepto</translation>
    </message>
    <message>
        <location filename="../vetdesk/services/client_data.py" line="287"/>
        <source>Charge</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <location filename="../vetdesk/services/client_data.py" line="288"/>
        <source>Payment</source>
        <translation>Cobro / abono</translation>
    </message>
    <message>
        <location filename="../vetdesk/services/client_data.py" line="289"/>
        <source>Balance</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <location filename="../vetdesk/services/client_data.py" line="290"/>
        <source>Credit note: {description}</source>
        <translation>Abono: {description}</translation>
    </message>
    <message>
        <location filename="../vetdesk/services/client_data.py" line="291"/>
        <source>Payment ({method}) {description}</source>
        <translation>Cobro ({method}) {description}</translation>
    </message>
    <message>
        <location filename="../vetdesk/services/client_data.py" line="292"/>
        <source>Written off: {description}</source>
        <translation>Dado por incobrable: {description}</translation>
    </message>
    <message>
        <location filename="../vetdesk/services/client_data.py" line="293"/>
        <source>Write-off reversed: {description}</source>
        <translation>Anulación del incobrable: {description}</translation>
    </message>
    <message>
        <location filename="../vetdesk/services/client_data.py" line="294"/>
        <source>Write-off reversed</source>
        <translation>Anulación del incobrable</translation>
    </message>
    <message>
        <location filename="../vetdesk/services/client_data.py" line="295"/>
        <source>Balance today: {amount}</source>
        <translation>Saldo a fecha de hoy: {amount}</translation>
    </message>
    <message>
        <location filename="../vetdesk/services/client_data.py" line="296"/>
        <source>{date}, {name}: covered {amount} overdue. Reason: {reason}</source>
        <translation>{date}, {name}: excepción para un importe vencido de {amount}. Motivo: {reason}</translation>
    </message>
    <message>
        <location filename="../vetdesk/services/client_data.py" line="297"/>
        <source>{date} {time}, {name}: {action}</source>
        <translation>{date} {time}, {name}: {action}</translation>
    </message>
    <message>
        <location filename="../vetdesk/services/client_data.py" line="298"/>
        <source>Values: {values}</source>
        <translation>Valores: {values}</translation>
    </message>
    <message>
        <location filename="../vetdesk/services/client_data.py" line="299"/>
        <source>Before: {values}</source>
        <translation>Valores anteriores: {values}</translation>
    </message>
    <message>
        <location filename="../vetdesk/services/client_data.py" line="309"/>
        <source>client details saved</source>
        <translation>datos del cliente guardados</translation>
    </message>
    <message>
        <location filename="../vetdesk/services/client_data.py" line="310"/>
        <source>personal data erased</source>
        <translation>datos personales borrados</translation>
    </message>
    <message>
        <location filename="../vetdesk/services/client_data.py" line="311"/>
        <source>data exported</source>
        <translation>datos exportados</translation>
    </message>
    <message>
        <location filename="../vetdesk/services/client_data.py" line="312"/>
        <source>debt block overridden</source>
        <translation>excepción al bloqueo por deuda autorizada</translation>
    </message>
    <message>
        <location filename="../vetdesk/services/client_data.py" line="313"/>
        <source>charge recorded</source>
        <translation>cargo registrado</translation>
    </message>
    <message>
        <location filename="../vetdesk/services/client_data.py" line="314"/>
        <source>payment recorded</source>
        <translation>cobro registrado</translation>
    </message>
    <message>
        <location filename="../vetdesk/services/client_data.py" line="315"/>
        <source>credit note recorded</source>
        <translation>abono registrado</translation>
    </message>
    <message>
        <location filename="../vetdesk/services/client_data.py" line="316"/>
        <source>debt written off</source>
        <translation>deuda dada por incobrable</translation>
    </message>
    <message>
        <location filename="../vetdesk/services/client_data.py" line="317"/>
        <source>write-off reversed</source>
        <translation>anulación del incobrable</translation>
    </message>
    <message>
        <location filename="../vetdesk/services/client_data.py" line="318"/>
        <source>decision about the debt recorded</source>
        <translation>decisión sobre la deuda registrada</translation>
    </message>
    <message>
        <location filename="../vetdesk/services/client_data.py" line="319"/>
        <source>debt put on hold or in dispute</source>
        <translation>deuda puesta en espera o en disputa</translation>
    </message>
    <message>
        <location filename="../vetdesk/services/client_data.py" line="320"/>
        <source>hold or dispute released</source>
        <translation>pausa (en espera o en disputa) levantada</translation>
    </message>
</context>
<context>
    <name>ClientPane</name>
    <message>
        <location filename="../vetdesk/ui/client_pane.py" line="50"/>
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/client_pane.py" line="55"/>
        <source>Given name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/client_pane.py" line="56"/>
        <source>Surnames</source>
        <translation>Apellidos</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/client_pane.py" line="57"/>
        <source>DNI/NIE</source>
        <translation>DNI/NIE</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/client_pane.py" line="58"/>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/client_pane.py" line="59"/>
        <source>Other phone</source>
        <translation>Otro teléfono</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/client_pane.py" line="60"/>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/client_pane.py" line="61"/>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/client_pane.py" line="62"/>
        <source>Postal code</source>
        <translation>Código postal</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/client_pane.py" line="63"/>
        <source>Town</source>
        <translation>Localidad</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/client_pane.py" line="64"/>
        <source>Province</source>
        <translation>Provincia</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/client_pane.py" line="77"/>
        <source>Accepts email</source>
        <translation>Acepta correo electrónico</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/client_pane.py" line="78"/>
        <source>Accepts text messages</source>
        <translation>Acepta SMS</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/client_pane.py" line="79"/>
        <source>Accepts letters</source>
        <translation>Acepta cartas</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/client_pane.py" line="80"/>
        <source>No payment reminders</source>
        <translation>Sin recordatorios de pago</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/client_pane.py" line="99"/>
        <source>Consent</source>
        <translation>Consentimiento</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/client_pane.py" line="210"/>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/client_pane.py" line="210"/>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/client_pane.py" line="213"/>
        <source>(empty)</source>
        <translation>(vacío)</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/client_pane.py" line="233"/>
        <source>{name} was changed at another desk while you were editing, so nothing was saved. Compare the versions and choose one.</source>
        <translation>Los datos de {name} se han modificado en otro puesto mientras usted los editaba, así que no se ha guardado nada. Compare las versiones y elija una.</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/client_pane.py" line="235"/>
        <source>Their version</source>
        <translation>Versión del otro puesto</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/client_pane.py" line="235"/>
        <source>Yours</source>
        <translation>Sus cambios</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/client_pane.py" line="267"/>
        <source>Their version is loaded. Your changes were not saved.</source>
        <translation>Se ha cargado la versión del otro puesto. Sus cambios no se han guardado.</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/client_pane.py" line="94"/>
        <location filename="../vetdesk/ui/client_pane.py" line="102"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/client_pane.py" line="106"/>
        <source>Save client (Ctrl+S)</source>
        <translation>Guardar cliente (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/client_pane.py" line="131"/>
        <source>Load their version</source>
        <translation>Cargar la versión del otro puesto</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/client_pane.py" line="134"/>
        <source>Keep mine and save again</source>
        <translation>Conservar mis cambios y guardar de nuevo</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/client_pane.py" line="193"/>
        <source>Client saved.</source>
        <translation>Cliente guardado.</translation>
    </message>
</context>
<context>
    <name>Clients</name>
    <message>
        <location filename="../vetdesk/services/clients.py" line="244"/>
        <source>Client number {id} was not found. Search for the client again.</source>
        <translation>No se ha encontrado el cliente número {id}. Vuelva a buscar el cliente.</translation>
    </message>
    <message>
        <location filename="../vetdesk/services/clients.py" line="268"/>
        <source>Type the client&apos;s given name.</source>
        <translation>Escriba el nombre del cliente.</translation>
    </message>
    <message>
        <location filename="../vetdesk/services/clients.py" line="288"/>
        <source>Email reminders are allowed but there is no email address. Type one or clear the consent.</source>
        <translation>Se permiten recordatorios por correo electrónico, pero no hay ninguna dirección de correo electrónico. Escriba una o desmarque el consentimiento.</translation>
    </message>
    <message>
        <location filename="../vetdesk/services/clients.py" line="291"/>
        <source>Text messages are allowed but there is no phone number. Type one or clear the consent.</source>
        <translation>Se permiten SMS, pero no hay ningún número de teléfono. Escriba uno o desmarque el consentimiento.</translation>
    </message>
    <message>
        <location filename="../vetdesk/services/clients.py" line="305"/>
        <source>The DNI/NIE {value} already belongs to {name}. Open that client instead of creating a new one.</source>
        <translation>El DNI/NIE {value} ya pertenece a {name}. Abra ese cliente en lugar de crear uno nuevo.</translation>
    </message>
    <message>
        <location filename="../vetdesk/services/clients.py" line="338"/>
        <source>The personal data of client number {id} was erased at their request, so it cannot be filled in again. If the person comes back, create a new client.</source>
        <translation>Los datos personales del cliente número {id} se borraron a petición suya, así que no se pueden volver a rellenar. Si la persona vuelve, cree un cliente nuevo.</translation>
    </message>
    <message>
        <location filename="../vetdesk/services/clients.py" line="371"/>
        <source>Someone else changed {name} while you were editing. Reopen the client and make your changes again.</source>
        <translation>Otra persona ha modificado los datos de {name} mientras usted los editaba. Vuelva a abrir el cliente y haga de nuevo sus cambios.</translation>
    </message>
    <message>
        <location filename="../vetdesk/services/clients.py" line="386"/>
        <location filename="../vetdesk/services/clients.py" line="472"/>
        <source>Pet number {id} was not found.</source>
        <translation>No se ha encontrado la mascota número {id}.</translation>
    </message>
    <message>
        <location filename="../vetdesk/services/clients.py" line="422"/>
        <source>Type the pet&apos;s name.</source>
        <translation>Escriba el nombre de la mascota.</translation>
    </message>
    <message>
        <location filename="../vetdesk/services/clients.py" line="424"/>
        <source>The sex &quot;{value}&quot; is not valid. Choose male, female or leave it empty.</source>
        <translation>El sexo «{value}» no es válido. Elija macho o hembra, o déjelo vacío.</translation>
    </message>
    <message>
        <location filename="../vetdesk/services/clients.py" line="427"/>
        <source>The birth date {value} is in the future. Check the date.</source>
        <translation>La fecha de nacimiento {value} es futura. Compruebe la fecha.</translation>
    </message>
    <message>
        <location filename="../vetdesk/services/clients.py" line="431"/>
        <source>The microchip number &quot;{value}&quot; is not valid. It must have 15 digits.</source>
        <translation>El número de microchip «{value}» no es válido. Debe tener 15 cifras.</translation>
    </message>
    <message>
        <location filename="../vetdesk/services/clients.py" line="478"/>
        <source>{name} is already an owner of {pet}.</source>
        <translation>{name} ya figura entre los propietarios de {pet}.</translation>
    </message>
</context>
<context>
    <name>Clinic</name>
    <message>
        <location filename="../vetdesk/services/clinic.py" line="50"/>
        <source>Type the clinic&apos;s name.</source>
        <translation>Escriba el nombre de la clínica.</translation>
    </message>
    <message>
        <location filename="../vetdesk/services/clinic.py" line="64"/>
        <source>Type the clinic&apos;s CIF or NIF, for example B12345674.</source>
        <translation>Escriba el CIF o NIF de la clínica, por ejemplo B12345674.</translation>
    </message>
    <message>
        <location filename="../vetdesk/services/clinic.py" line="71"/>
        <source>The logo has {size} KB; the maximum is {maximum} KB. Save a smaller image.</source>
        <translation>El logotipo ocupa {size} KB; el máximo es {maximum} KB. Guarde una imagen más pequeña.</translation>
    </message>
    <message>
        <location filename="../vetdesk/services/clinic.py" line="75"/>
        <source>The logo is not a PNG or JPEG image. Choose a .png or .jpg file.</source>
        <translation>El logotipo no es una imagen PNG ni JPEG. Elija un archivo .png o .jpg.</translation>
    </message>
    <message>
        <location filename="../vetdesk/services/clinic.py" line="80"/>
        <source>The time zone &quot;{value}&quot; is unknown. Use a name such as Europe/Madrid.</source>
        <translation>La zona horaria «{value}» es desconocida. Use un nombre como Europe/Madrid.</translation>
    </message>
</context>
<context>
    <name>ClinicForm</name>
    <message>
        <location filename="../vetdesk/ui/settings_dialog.py" line="108"/>
        <source>Clinic name</source>
        <translation>Nombre de la clínica</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/settings_dialog.py" line="108"/>
        <source>CIF/NIF</source>
        <translation>CIF/NIF</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/settings_dialog.py" line="108"/>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/settings_dialog.py" line="109"/>
        <source>Postal code</source>
        <translation>Código postal</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/settings_dialog.py" line="109"/>
        <source>Town</source>
        <translation>Localidad</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/settings_dialog.py" line="109"/>
        <source>Province</source>
        <translation>Provincia</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/settings_dialog.py" line="110"/>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/settings_dialog.py" line="110"/>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/settings_dialog.py" line="110"/>
        <source>IBAN</source>
        <translation>IBAN</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/settings_dialog.py" line="111"/>
        <source>Time zone</source>
        <translation>Zona horaria</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/settings_dialog.py" line="134"/>
        <source>Choose logo…</source>
        <translation>Elegir logotipo…</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/settings_dialog.py" line="137"/>
        <source>Remove logo</source>
        <translation>Quitar logotipo</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/settings_dialog.py" line="145"/>
        <source>Logo</source>
        <translation>Logotipo</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/settings_dialog.py" line="150"/>
        <source>Choose the clinic&apos;s logo</source>
        <translation>Elija el logotipo de la clínica</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/settings_dialog.py" line="151"/>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Imágenes (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/settings_dialog.py" line="169"/>
        <source>(no logo)</source>
        <translation>(sin logotipo)</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/settings_dialog.py" line="169"/>
        <source>(not an image)</source>
        <translation>(no es una imagen)</translation>
    </message>
</context>
<context>
    <name>CoOwnerDialog</name>
    <message>
        <location filename="../vetdesk/ui/pet_dialogs.py" line="73"/>
        <source>Add a co-owner to {pet}</source>
        <translation>Añadir un copropietario a {pet}</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/pet_dialogs.py" line="78"/>
        <source>Owner&apos;s name, phone or DNI/NIE</source>
        <translation>Nombre, teléfono o DNI/NIE del propietario</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/pet_dialogs.py" line="82"/>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/pet_dialogs.py" line="99"/>
        <source>Search for the co-owner and choose them in the list.</source>
        <translation>Busque al copropietario y elíjalo en la lista.</translation>
    </message>
</context>
<context>
    <name>Common</name>
    <message>
        <location filename="../vetdesk/ui/common.py" line="91"/>
        <source>VetDesk</source>
        <translation>VetDesk</translation>
    </message>
</context>
<context>
    <name>CoveredChargesModel</name>
    <message>
        <location filename="../vetdesk/ui/agreement_dialog.py" line="218"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/agreement_dialog.py" line="218"/>
        <source>Description</source>
        <translation>Concepto</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/agreement_dialog.py" line="218"/>
        <source>Pet</source>
        <translation>Mascota</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/agreement_dialog.py" line="218"/>
        <source>Owed</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/agreement_dialog.py" line="241"/>
        <source>Due on {date}</source>
        <translation>Vence el {date}</translation>
    </message>
</context>
<context>
    <name>CreditNoteDialog</name>
    <message>
        <location filename="../vetdesk/ui/entry_dialogs.py" line="205"/>
        <source>New credit note</source>
        <translation>Nuevo abono</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/entry_dialogs.py" line="211"/>
        <source>Amount (€)</source>
        <translation>Importe (€)</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/entry_dialogs.py" line="212"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/entry_dialogs.py" line="213"/>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/entry_dialogs.py" line="214"/>
        <source>Entries are never changed: a credit note corrects a charge.</source>
        <translation>Los movimientos nunca se modifican: un abono corrige un cargo.</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <location filename="../vetdesk/ui/dashboard_view.py" line="458"/>
        <source>Debt dashboard</source>
        <translation>Panel de deuda</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/dashboard_view.py" line="460"/>
        <source>No figures yet: press Refresh.</source>
        <translation>Todavía no hay cifras: pulse Actualizar.</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/dashboard_view.py" line="461"/>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/dashboard_view.py" line="462"/>
        <source>Compute the figures again from the current accounts</source>
        <translation>Volver a calcular las cifras con las cuentas actuales</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/dashboard_view.py" line="464"/>
        <source>Export as PNG…</source>
        <translation>Exportar como PNG…</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/dashboard_view.py" line="465"/>
        <source>Save this chart as a PNG image of {width} × {height} pixels</source>
        <translation>Guardar este gráfico como imagen PNG de {width} × {height} píxeles</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/dashboard_view.py" line="468"/>
        <location filename="../vetdesk/ui/dashboard_view.py" line="555"/>
        <source>Total receivable</source>
        <translation>Total pendiente de cobro</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/dashboard_view.py" line="469"/>
        <location filename="../vetdesk/ui/dashboard_view.py" line="559"/>
        <source>Overdue</source>
        <translation>Vencido</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/dashboard_view.py" line="470"/>
        <source>Over 90 days overdue</source>
        <translation>Vencido hace más de 90 días</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/dashboard_view.py" line="471"/>
        <source>Recovered after reminders</source>
        <translation>Cobrado tras recordatorios</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/dashboard_view.py" line="472"/>
        <source>Written off</source>
        <translation>Dado por incobrable</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/dashboard_view.py" line="476"/>
        <source>Everything clients owe, due or not</source>
        <translation>Todo lo que deben los clientes, vencido o no</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/dashboard_view.py" line="477"/>
        <source>Past the due date</source>
        <translation>Pasada la fecha de vencimiento</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/dashboard_view.py" line="478"/>
        <source>Paid after a reminder, last 12 months</source>
        <translation>Pagado tras un recordatorio, últimos 12 meses</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/dashboard_view.py" line="481"/>
        <source>Share of the total receivable</source>
        <translation>Porcentaje del total pendiente de cobro</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/dashboard_view.py" line="489"/>
        <source>Figures as of {date}</source>
        <translation>Cifras a fecha de {date}</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/dashboard_view.py" line="493"/>
        <source>{amount} of the total receivable</source>
        <translation>{amount} del total pendiente de cobro</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/dashboard_view.py" line="511"/>
        <source>1–30</source>
        <comment>days past the due date</comment>
        <translation>1–30</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/dashboard_view.py" line="512"/>
        <source>31–60</source>
        <comment>days past the due date</comment>
        <translation>31–60</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/dashboard_view.py" line="513"/>
        <source>61–90</source>
        <comment>days past the due date</comment>
        <translation>61–90</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/dashboard_view.py" line="514"/>
        <source>Over 90</source>
        <comment>days past the due date</comment>
        <translation>Más de 90</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/dashboard_view.py" line="519"/>
        <source>Overdue debt by age</source>
        <translation>Deuda vencida por antigüedad</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/dashboard_view.py" line="524"/>
        <source>Days past the due date</source>
        <translation>Días desde el vencimiento</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/dashboard_view.py" line="528"/>
        <source>Overdue amount</source>
        <translation>Importe vencido</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/dashboard_view.py" line="554"/>
        <source>Receivable and overdue at each month end</source>
        <translation>Pendiente de cobro y vencido al cierre de cada mes</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/dashboard_view.py" line="570"/>
        <source>Month end (the current month up to today)</source>
        <translation>Cierre de mes (el mes en curso, hasta hoy)</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/dashboard_view.py" line="575"/>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/dashboard_view.py" line="598"/>
        <source>{month}: receivable {receivable}, overdue {overdue}</source>
        <translation>{month}: pendiente de cobro {receivable}, vencido {overdue}</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/dashboard_view.py" line="609"/>
        <source>Payment agreements by standing today</source>
        <translation>Acuerdos de pago por situación a día de hoy</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/dashboard_view.py" line="618"/>
        <source>Agreements</source>
        <translation>Acuerdos</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/dashboard_view.py" line="630"/>
        <source>overdue-by-age</source>
        <comment>file name</comment>
        <translation>deuda-vencida-por-antiguedad</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/dashboard_view.py" line="631"/>
        <source>month-ends</source>
        <comment>file name</comment>
        <translation>cierres-de-mes</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/dashboard_view.py" line="632"/>
        <source>agreements-by-standing</source>
        <comment>file name</comment>
        <translation>acuerdos-por-situacion</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/dashboard_view.py" line="640"/>
        <source>Export the chart as PNG</source>
        <translation>Exportar el gráfico como PNG</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/dashboard_view.py" line="641"/>
        <source>PNG images (*.png)</source>
        <translation>Imágenes PNG (*.png)</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/dashboard_view.py" line="657"/>
        <source>{title}, as of {date}</source>
        <translation>{title}, a fecha de {date}</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/dashboard_view.py" line="670"/>
        <source>There is no chart to export yet. Press Refresh to compute the figures.</source>
        <translation>Todavía no hay ningún gráfico que exportar. Pulse Actualizar para calcular las cifras.</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/dashboard_view.py" line="677"/>
        <source>The chart could not be saved as {path}: {reason}. Choose a folder that exists and that you can write to.</source>
        <translation>No se ha podido guardar el gráfico como {path}: {reason}. Elija una carpeta que exista y en la que pueda escribir.</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/dashboard_view.py" line="680"/>
        <source>The chart was saved as {path}.</source>
        <translation>El gráfico se ha guardado como {path}.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <location filename="../vetdesk/storage/database.py" line="149"/>
        <source>The database {database} on {host} has schema version {revision}, which this version of VetDesk does not know: a newer VetDesk has updated it. Install the newer VetDesk on this computer, or open another database.</source>
        <translation>La base de datos {database} de {host} tiene la versión de esquema {revision}, que esta versión de VetDesk no reconoce: la ha actualizado una versión más reciente de VetDesk. Instale esa versión más reciente en este ordenador o abra otra base de datos.</translation>
    </message>
    <message>
        <location filename="../vetdesk/storage/database.py" line="168"/>
        <source>User {user} may not read the tables of the database {database} on {host}. Ask the administrator of the server to grant this user access to the VetDesk tables.</source>
        <translation>El usuario {user} no tiene permiso para leer las tablas de la base de datos {database} de {host}. Pida al administrador del servidor que conceda a este usuario acceso a las tablas de VetDesk.</translation>
    </message>
    <message>
        <location filename="../vetdesk/storage/database.py" line="173"/>
        <source>The server {host} rejected user {user} for the database {database}: the password is wrong or the user may not connect. Check the user name and password in the connection settings.</source>
        <translation>El servidor {host} ha rechazado al usuario {user} para la base de datos {database}: la contraseña es incorrecta o el usuario no tiene permiso para conectarse. Compruebe el usuario y la contraseña en los ajustes de conexión.</translation>
    </message>
    <message>
        <location filename="../vetdesk/storage/database.py" line="179"/>
        <source>The database {database} does not exist on the server {host}. Check the database name in the connection settings, or ask the administrator to create it.</source>
        <translation>La base de datos {database} no existe en el servidor {host}. Compruebe el nombre de la base de datos en los ajustes de conexión o pida al administrador del servidor que la cree.</translation>
    </message>
    <message>
        <location filename="../vetdesk/storage/database.py" line="184"/>
        <source>Could not connect to the database server {host} on port {port}. Check that the server is running and that this computer can reach it, then try again.</source>
        <translation>No se ha podido conectar con el servidor de la base de datos {host} en el puerto {port}. Compruebe que el servidor está en marcha y que este ordenador tiene acceso a él, y vuelva a intentarlo.</translation>
    </message>
    <message>
        <location filename="../vetdesk/storage/database.py" line="188"/>
        <source>The server {host} refused the connection to the database {database}: {detail}. Check the connection settings, or ask the administrator of the server.</source>
        <translation>El servidor {host} ha rechazado la conexión con la base de datos {database}: {detail}. Compruebe los ajustes de conexión o consulte al administrador del servidor.</translation>
    </message>
</context>
<context>
    <name>DatabaseDialog</name>
    <message>
        <location filename="../vetdesk/ui/database_dialog.py" line="45"/>
        <source>Clinic database server</source>
        <translation>Servidor de la base de datos de la clínica</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/database_dialog.py" line="49"/>
        <source>for example servidor.local or 192.168.1.10</source>
        <translation>por ejemplo servidor.local o 192.168.1.10</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/database_dialog.py" line="60"/>
        <source>Server</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/database_dialog.py" line="61"/>
        <source>Port</source>
        <translation>Puerto</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/database_dialog.py" line="62"/>
        <source>Database</source>
        <translation>Base de datos</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/database_dialog.py" line="63"/>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/database_dialog.py" line="64"/>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/database_dialog.py" line="67"/>
        <source>Test connection</source>
        <translation>Probar la conexión</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/database_dialog.py" line="117"/>
        <source>Type the name or address of the database server.</source>
        <translation>Escriba el nombre o la dirección del servidor de la base de datos.</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/database_dialog.py" line="120"/>
        <source>Type the name of the clinic&apos;s database on the server.</source>
        <translation>Escriba el nombre de la base de datos de la clínica en el servidor.</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/database_dialog.py" line="123"/>
        <source>Type the user name that VetDesk signs in to the server with.</source>
        <translation>Escriba el usuario con el que VetDesk se conecta al servidor.</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/database_dialog.py" line="142"/>
        <source>Connected to the database {database} on {host}. It has no VetDesk tables yet; VetDesk creates them when it opens the database, or copy this desk&apos;s clinic into it with &quot;vetdesk migrate-to&quot;.</source>
        <translation>Conexión establecida con la base de datos {database} de {host}. Aún no tiene tablas de VetDesk: VetDesk las crea al abrir la base de datos, o bien puede copiar en ella la clínica de este puesto con «vetdesk migrate-to».</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/database_dialog.py" line="146"/>
        <source>Connected to the database {database} on {host}.</source>
        <translation>Conexión establecida con la base de datos {database} de {host}.</translation>
    </message>
</context>
<context>
    <name>DebtBanner</name>
    <message>
        <location filename="../vetdesk/ui/banner.py" line="57"/>
        <source>Record payment (F8)</source>
        <translation>Registrar cobro (F8)</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/banner.py" line="60"/>
        <source>Make an agreement</source>
        <translation>Hacer un acuerdo</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/banner.py" line="63"/>
        <source>Override…</source>
        <translation>Autorizar excepción…</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/banner.py" line="66"/>
        <source>Understood, continue</source>
        <translation>Entendido, continuar</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/banner.py" line="125"/>
        <source>Debt of {amount} written off on {date}</source>
        <translation>Deuda de {amount} dada por incobrable el {date}</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/banner.py" line="132"/>
        <location filename="../vetdesk/ui/banner.py" line="139"/>
        <source>Co-owner {name} has {amount} overdue</source>
        <translation>Deuda vencida del copropietario {name}: {amount}</translation>
    </message>
    <message numerus="yes">
        <location filename="../vetdesk/ui/banner.py" line="134"/>
        <source>Overdue debt: {amount}, %n day(s) overdue</source>
        <translation>
            <numerusform>Deuda vencida: {amount}, %n día de retraso</numerusform>
            <numerusform>Deuda vencida: {amount}, %n días de retraso</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../vetdesk/ui/banner.py" line="140"/>
        <source>Overdue: {amount}, %n day(s); within the clinic&apos;s days of grace</source>
        <translation>
            <numerusform>Vencido: {amount}, %n día; dentro de los días de gracia de la clínica</numerusform>
            <numerusform>Vencido: {amount}, %n días; dentro de los días de gracia de la clínica</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/banner.py" line="144"/>
        <source>Co-owner {name} owes {amount}, not yet due</source>
        <translation>Deuda del copropietario {name}: {amount}, aún no vencida</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/banner.py" line="145"/>
        <source>Pending, not yet due: {amount}</source>
        <translation>Pendiente, aún no vencido: {amount}</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/banner.py" line="150"/>
        <source>Promise to pay {number} not kept: {amount} overdue</source>
        <translation>Compromiso de pago {number} no cumplido: {amount} vencido</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/banner.py" line="153"/>
        <source>Agreement {number} broken: {amount} overdue</source>
        <translation>Acuerdo {number} incumplido: {amount} vencido</translation>
    </message>
    <message numerus="yes">
        <location filename="../vetdesk/ui/banner.py" line="156"/>
        <source>Late instalment of agreement {number}: {amount}, %n day(s) overdue</source>
        <translation>
            <numerusform>Plazo atrasado del acuerdo {number}: {amount}, %n día de retraso</numerusform>
            <numerusform>Plazo atrasado del acuerdo {number}: {amount}, %n días de retraso</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../vetdesk/ui/banner.py" line="159"/>
        <source>Agreement {number}: {amount} overdue, %n day(s); within the clinic&apos;s days of grace</source>
        <translation>
            <numerusform>Acuerdo {number}: {amount} vencido, %n día; dentro de los días de gracia de la clínica</numerusform>
            <numerusform>Acuerdo {number}: {amount} vencido, %n días; dentro de los días de gracia de la clínica</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/banner.py" line="162"/>
        <source>Agreement {number} in progress: next payment {amount} on {date}</source>
        <translation>Acuerdo {number} en curso: próximo pago de {amount} el {date}</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/banner.py" line="164"/>
        <source>Agreement {number} in progress</source>
        <translation>Acuerdo {number} en curso</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/banner.py" line="175"/>
        <source>Written off by {who} on {date}: {reason}. Still written off: {amount}; a payment now reverses that much of the write-off.</source>
        <translation>Dado por incobrable por {who} el {date}: {reason}. Sigue como incobrable: {amount}; un pago ahora anula esa parte del incobrable.</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/banner.py" line="184"/>
        <source>New credit allowed by {who} on {date}: {reason}</source>
        <translation>Nuevos cargos a cuenta autorizados por {who} el {date}: {reason}</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/banner.py" line="188"/>
        <source>Tell the client discreetly that the pet&apos;s account has an overdue balance. Care for the animal continues as usual.</source>
        <translation>Informe con discreción al cliente de que la cuenta de la mascota tiene un saldo vencido. La atención al animal continúa con normalidad.</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/banner.py" line="191"/>
        <source>New charges on account are paused until the overdue amount is paid or a manager overrides with a reason. Care for the animal continues as usual.</source>
        <translation>Los nuevos cargos a cuenta quedan en pausa hasta que se pague el importe vencido o un responsable autorice una excepción indicando el motivo. La atención al animal continúa con normalidad.</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/banner.py" line="194"/>
        <source>The overdue debt is covered by a payment agreement in good standing. This does not block new charges.</source>
        <translation>La deuda vencida está cubierta por un acuerdo de pago que se está cumpliendo. Esto no bloquea nuevos cargos.</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/banner.py" line="196"/>
        <source>This does not block new charges.</source>
        <translation>Esto no impide registrar nuevos cargos.</translation>
    </message>
</context>
<context>
    <name>DebtFollowUpTab</name>
    <message>
        <location filename="../vetdesk/ui/settings_dialog.py" line="1423"/>
        <source>Add interest at the legal rate to the amount of a court claim</source>
        <translation>Sumar el interés legal al importe de las reclamaciones judiciales</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/settings_dialog.py" line="1430"/>
        <source>One year per line, as &quot;2026 = 3,25&quot;. The rate is a yearly percentage.</source>
        <translation>Un año por línea, como «2026 = 3,25». El tipo es un porcentaje anual.</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/settings_dialog.py" line="1431"/>
        <source>The legal interest rate (&quot;interés legal del dinero&quot;) is set each year by the budget law. Add the current year when it is published; interest runs from the first reminder that claimed each charge.</source>
        <translation>El tipo de interés legal del dinero lo fija cada año la Ley de Presupuestos Generales del Estado. Añada el año en curso cuando se publique; los intereses se devengan desde el primer recordatorio que reclamó cada cargo.</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/settings_dialog.py" line="1437"/>
        <source>Legal interest rate by year (%)</source>
        <translation>Tipo de interés legal por año (%)</translation>
    </message>
</context>
<context>
    <name>DebtorExport</name>
    <message>
        <location filename="../vetdesk/services/debtor_export.py" line="104"/>
        <source>Owner</source>
        <translation>Propietario</translation>
    </message>
    <message>
        <location filename="../vetdesk/services/debtor_export.py" line="105"/>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <location filename="../vetdesk/services/debtor_export.py" line="106"/>
        <source>Pets</source>
        <translation>Mascotas</translation>
    </message>
    <message>
        <location filename="../vetdesk/services/debtor_export.py" line="107"/>
        <source>Total owed</source>
        <translation>Total pendiente</translation>
    </message>
    <message>
        <location filename="../vetdesk/services/debtor_export.py" line="108"/>
        <source>Overdue</source>
        <translation>Vencido</translation>
    </message>
    <message>
        <location filename="../vetdesk/services/debtor_export.py" line="109"/>
        <source>Oldest overdue (days)</source>
        <translation>Vencido más antiguo (días)</translation>
    </message>
    <message>
        <location filename="../vetdesk/services/debtor_export.py" line="110"/>
        <source>Last reminder level</source>
        <translation>Nivel del último recordatorio</translation>
    </message>
    <message>
        <location filename="../vetdesk/services/debtor_export.py" line="111"/>
        <source>Last reminder date</source>
        <translation>Fecha del último recordatorio</translation>
    </message>
    <message>
        <location filename="../vetdesk/services/debtor_export.py" line="112"/>
        <source>Agreement</source>
        <translation>Acuerdo</translation>
    </message>
    <message>
        <location filename="../vetdesk/services/debtor_export.py" line="113"/>
        <source>Next step</source>
        <translation>Siguiente paso</translation>
    </message>
    <message>
        <location filename="../vetdesk/services/debtor_export.py" line="114"/>
        <source>On hold or dispute</source>
        <translation>En espera o en disputa</translation>
    </message>
    <message>
        <location filename="../vetdesk/services/debtor_export.py" line="115"/>
        <source>Written off</source>
        <translation>Dado por incobrable</translation>
    </message>
    <message>
        <location filename="../vetdesk/services/debtor_export.py" line="177"/>
        <source>Debtors</source>
        <translation>Deudores</translation>
    </message>
    <message>
        <location filename="../vetdesk/services/debtor_export.py" line="256"/>
        <source>The folder {folder} does not exist, so {path} was not saved. Choose an existing folder.</source>
        <translation>La carpeta {folder} no existe, así que no se ha guardado {path}. Elija una carpeta que exista.</translation>
    </message>
    <message>
        <location filename="../vetdesk/services/debtor_export.py" line="260"/>
        <source>{path} is a folder, so the list was not saved. Type a file name, such as debtors.xlsx.</source>
        <translation>{path} es una carpeta, así que no se ha guardado la lista. Escriba un nombre de archivo, por ejemplo deudores.xlsx.</translation>
    </message>
    <message>
        <location filename="../vetdesk/services/debtor_export.py" line="264"/>
        <source>VetDesk has no permission to write {path}. Close the file if another program, such as Excel, has it open, or choose a folder you can write to, such as Documents.</source>
        <translation>VetDesk no tiene permiso para escribir en {path}. Si otro programa, como Excel, tiene abierto el archivo, ciérrelo, o elija una carpeta en la que pueda escribir, como Documentos.</translation>
    </message>
    <message>
        <location filename="../vetdesk/services/debtor_export.py" line="269"/>
        <source>Saving {path} failed: {reason}. Check that the disk has free space, or choose another folder.</source>
        <translation>No se ha podido guardar {path}: {reason}. Compruebe que queda espacio libre en el disco o elija otra carpeta.</translation>
    </message>
</context>
<context>
    <name>DebtorFilterPanel</name>
    <message>
        <location filename="../vetdesk/ui/debtors_view.py" line="317"/>
        <location filename="../vetdesk/ui/debtors_view.py" line="404"/>
        <source>any</source>
        <translation>cualquiera</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/debtors_view.py" line="329"/>
        <source>Any</source>
        <translation>Indiferente</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/debtors_view.py" line="330"/>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/debtors_view.py" line="331"/>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/debtors_view.py" line="344"/>
        <source>to</source>
        <translation>a</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/debtors_view.py" line="362"/>
        <source>Owner or pet name</source>
        <translation>Nombre del propietario o de la mascota</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/debtors_view.py" line="390"/>
        <source>Search:</source>
        <translation>Buscar:</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/debtors_view.py" line="405"/>
        <source>An amount in euros, such as 1.234,56 or 50</source>
        <translation>Un importe en euros, por ejemplo 1.234,56 o 50</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/debtors_view.py" line="426"/>
        <source>Total owed (€)</source>
        <translation>Total pendiente (€)</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/debtors_view.py" line="432"/>
        <source>Days overdue</source>
        <translation>Días de retraso</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/debtors_view.py" line="442"/>
        <source>Last reminder level</source>
        <translation>Nivel del último recordatorio</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/debtors_view.py" line="447"/>
        <source>Agreement</source>
        <translation>Acuerdo</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/debtors_view.py" line="454"/>
        <source>Promise lapsed:</source>
        <translation>Compromiso incumplido:</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/debtors_view.py" line="455"/>
        <source>Signed terms:</source>
        <translation>Condiciones firmadas:</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/debtors_view.py" line="460"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/debtors_view.py" line="462"/>
        <source>On hold or dispute:</source>
        <translation>En espera o en disputa:</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/debtors_view.py" line="463"/>
        <source>Written off:</source>
        <translation>Dado por incobrable:</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/debtors_view.py" line="464"/>
        <source>Days since the last payment:</source>
        <translation>Días desde el último pago:</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/debtors_view.py" line="477"/>
        <source>None</source>
        <translation>Ninguno</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/debtors_view.py" line="478"/>
        <source>Never reminded</source>
        <translation>Ningún recordatorio enviado</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/debtors_view.py" line="491"/>
        <source>Total owed from</source>
        <translation>Total pendiente mínimo</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/debtors_view.py" line="492"/>
        <source>Total owed to</source>
        <translation>Total pendiente máximo</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/debtors_view.py" line="495"/>
        <source>total owed</source>
        <translation>total pendiente</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/debtors_view.py" line="496"/>
        <source>days overdue</source>
        <translation>días de retraso</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/debtors_view.py" line="497"/>
        <source>days since payment</source>
        <translation>días desde el último pago</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/debtors_view.py" line="556"/>
        <source>{field}: {error}</source>
        <translation>{field}: {error}</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/debtors_view.py" line="566"/>
        <source>The range of {name} goes from {low} to {high}, so no client can match. Make the first value smaller than or equal to the second.</source>
        <translation>El intervalo de {name} va de {low} a {high}, así que ningún cliente puede coincidir. Haga que el primer valor sea menor o igual que el segundo.</translation>
    </message>
</context>
<context>
    <name>DebtorLabels</name>
    <message>
        <location filename="../vetdesk/services/debtor_export.py" line="41"/>
        <source>No agreement</source>
        <translation>Sin acuerdo</translation>
    </message>
    <message>
        <location filename="../vetdesk/services/debtor_export.py" line="42"/>
        <source>On track</source>
        <translation>Al corriente</translation>
    </message>
    <message>
        <location filename="../vetdesk/services/debtor_export.py" line="43"/>
        <source>Late</source>
        <translation>Con retraso</translation>
    </message>
    <message>
        <location filename="../vetdesk/services/debtor_export.py" line="44"/>
        <source>Broken</source>
        <translation>Incumplido</translation>
    </message>
    <message>
        <location filename="../vetdesk/services/debtor_export.py" line="47"/>
        <source>Wait (on hold)</source>
        <translation>Esperar (deuda en espera)</translation>
    </message>
    <message>
        <location filename="../vetdesk/services/debtor_export.py" line="48"/>
        <source>Follow the agreement</source>
        <translation>Seguir el acuerdo</translation>
    </message>
    <message>
        <location filename="../vetdesk/services/debtor_export.py" line="49"/>
        <source>Call the client</source>
        <translation>Llamar al cliente</translation>
    </message>
    <message>
        <location filename="../vetdesk/services/debtor_export.py" line="50"/>
        <source>Wait until due</source>
        <translation>Esperar al vencimiento</translation>
    </message>
    <message>
        <location filename="../vetdesk/services/debtor_export.py" line="51"/>
        <source>Send a reminder</source>
        <translation>Enviar un recordatorio</translation>
    </message>
    <message>
        <location filename="../vetdesk/services/debtor_export.py" line="52"/>
        <source>Decide</source>
        <translation>Decidir</translation>
    </message>
    <message>
        <location filename="../vetdesk/services/debtor_export.py" line="53"/>
        <source>Ready for a claim</source>
        <translation>Se puede reclamar</translation>
    </message>
    <message>
        <location filename="../vetdesk/services/debtor_export.py" line="54"/>
        <source>Claimed in court</source>
        <translation>Reclamado judicialmente</translation>
    </message>
    <message>
        <location filename="../vetdesk/services/debtor_export.py" line="55"/>
        <source>Written off</source>
        <translation>Dado por incobrable</translation>
    </message>
    <message>
        <location filename="../vetdesk/services/debtor_export.py" line="58"/>
        <source>Not overdue</source>
        <translation>Sin vencer</translation>
    </message>
    <message>
        <location filename="../vetdesk/services/debtor_export.py" line="59"/>
        <source>1–30 days</source>
        <translation>1–30 días</translation>
    </message>
    <message>
        <location filename="../vetdesk/services/debtor_export.py" line="60"/>
        <source>31–60 days</source>
        <translation>31–60 días</translation>
    </message>
    <message>
        <location filename="../vetdesk/services/debtor_export.py" line="61"/>
        <source>61–90 days</source>
        <translation>61–90 días</translation>
    </message>
    <message>
        <location filename="../vetdesk/services/debtor_export.py" line="62"/>
        <source>Over 90 days</source>
        <translation>Más de 90 días</translation>
    </message>
    <message>
        <location filename="../vetdesk/services/debtor_export.py" line="75"/>
        <source>{agreement}, promise lapsed</source>
        <translation>{agreement}, compromiso incumplido</translation>
    </message>
    <message>
        <location filename="../vetdesk/services/debtor_export.py" line="91"/>
        <source>On hold</source>
        <translation>En espera</translation>
    </message>
    <message>
        <location filename="../vetdesk/services/debtor_export.py" line="93"/>
        <source>In dispute</source>
        <translation>En disputa</translation>
    </message>
</context>
<context>
    <name>DebtorSearchView</name>
    <message>
        <location filename="../vetdesk/ui/debtors_view.py" line="676"/>
        <source>Save filter…</source>
        <translation>Guardar filtro…</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/debtors_view.py" line="677"/>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/debtors_view.py" line="678"/>
        <source>Delete the saved filter chosen on the left</source>
        <translation>Eliminar el filtro guardado elegido a la izquierda</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/debtors_view.py" line="679"/>
        <source>Clear filters</source>
        <translation>Quitar filtros</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/debtors_view.py" line="680"/>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/debtors_view.py" line="681"/>
        <source>Read the debts again from the database</source>
        <translation>Volver a leer las deudas de la base de datos</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/debtors_view.py" line="682"/>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/debtors_view.py" line="683"/>
        <source>Print…</source>
        <translation>Imprimir…</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/debtors_view.py" line="689"/>
        <source>Saved filters:</source>
        <translation>Filtros guardados:</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/debtors_view.py" line="750"/>
        <location filename="../vetdesk/ui/debtors_view.py" line="886"/>
        <source>Open client</source>
        <translation>Abrir cliente</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/debtors_view.py" line="751"/>
        <location filename="../vetdesk/ui/debtors_view.py" line="887"/>
        <source>Put on hold or dispute…</source>
        <translation>Poner en espera o en disputa…</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/debtors_view.py" line="752"/>
        <location filename="../vetdesk/ui/debtors_view.py" line="888"/>
        <source>Decide…</source>
        <translation>Decidir…</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/debtors_view.py" line="753"/>
        <source>Write the debt off, agree a new plan or prepare a claim</source>
        <translation>Dar la deuda por incobrable, acordar un nuevo plan o preparar una reclamación judicial</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/debtors_view.py" line="781"/>
        <location filename="../vetdesk/ui/debtors_view.py" line="1074"/>
        <source>As of {date}</source>
        <translation>A fecha de {date}</translation>
    </message>
    <message numerus="yes">
        <location filename="../vetdesk/ui/debtors_view.py" line="818"/>
        <location filename="../vetdesk/ui/debtors_view.py" line="1076"/>
        <source>%n client(s), {amount} owed</source>
        <translation>
            <numerusform>%n cliente; total pendiente: {amount}</numerusform>
            <numerusform>%n clientes; total pendiente: {amount}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/debtors_view.py" line="820"/>
        <source>No client matches these filters. Clear filters to see all {count}.</source>
        <translation>Ningún cliente coincide con estos filtros. Pulse «Quitar filtros» para ver los {count} clientes.</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/debtors_view.py" line="903"/>
        <source>Over 90 days without agreement</source>
        <translation>Más de 90 días sin acuerdo</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/debtors_view.py" line="907"/>
        <source>Choose a saved filter</source>
        <translation>Elija un filtro guardado</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/debtors_view.py" line="941"/>
        <source>Save filter</source>
        <translation>Guardar filtro</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/debtors_view.py" line="942"/>
        <source>Name of the filter:</source>
        <translation>Nombre del filtro:</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/debtors_view.py" line="952"/>
        <source>Type a name for the filter, such as &quot;Over 500 € and late&quot;.</source>
        <translation>Escriba un nombre para el filtro, por ejemplo «Más de 500 € y con retraso».</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/debtors_view.py" line="972"/>
        <source>The filter &quot;{name}&quot; was replaced by the filters on screen.</source>
        <translation>El filtro «{name}» se ha sustituido por los filtros en pantalla.</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/debtors_view.py" line="975"/>
        <source>The filter &quot;{name}&quot; was saved.</source>
        <translation>Se ha guardado el filtro «{name}».</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/debtors_view.py" line="988"/>
        <source>The filter &quot;{name}&quot; was deleted.</source>
        <translation>Se ha eliminado el filtro «{name}».</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/debtors_view.py" line="996"/>
        <source>debtors-{date}.xlsx</source>
        <translation>deudores-{date}.xlsx</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/debtors_view.py" line="997"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Libro de Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/debtors_view.py" line="997"/>
        <source>CSV for Excel (*.csv)</source>
        <translation>CSV para Excel (*.csv)</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/debtors_view.py" line="998"/>
        <source>Export the list as</source>
        <translation>Exportar la lista como</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/debtors_view.py" line="1019"/>
        <source>The file name {path} does not end in .xlsx or .csv. Add one of them.</source>
        <translation>El nombre de archivo {path} no termina en .xlsx ni en .csv. Añada una de las dos extensiones.</translation>
    </message>
    <message numerus="yes">
        <location filename="../vetdesk/ui/debtors_view.py" line="1025"/>
        <source>%n client(s) exported to {path}.</source>
        <translation>
            <numerusform>Se ha exportado %n cliente a {path}.</numerusform>
            <numerusform>Se han exportado %n clientes a {path}.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/debtors_view.py" line="1035"/>
        <source>name starts with &quot;{text}&quot;</source>
        <translation>nombre que empieza por «{text}»</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/debtors_view.py" line="1039"/>
        <source>total owed {range}</source>
        <translation>total pendiente {range}</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/debtors_view.py" line="1041"/>
        <source>days overdue {range}</source>
        <translation>días de retraso {range}</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/debtors_view.py" line="1044"/>
        <source>aging: {buckets}</source>
        <translation>antigüedad: {buckets}</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/debtors_view.py" line="1048"/>
        <source>last reminder level: {levels}</source>
        <translation>nivel del último recordatorio: {levels}</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/debtors_view.py" line="1049"/>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/debtors_view.py" line="1051"/>
        <source>agreement: {states}</source>
        <translation>acuerdo: {states}</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/debtors_view.py" line="1055"/>
        <source>promise lapsed</source>
        <translation>compromiso incumplido</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/debtors_view.py" line="1055"/>
        <source>no lapsed promise</source>
        <translation>sin compromiso incumplido</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/debtors_view.py" line="1056"/>
        <source>signed terms</source>
        <translation>con condiciones firmadas</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/debtors_view.py" line="1056"/>
        <source>no signed terms</source>
        <translation>sin condiciones firmadas</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/debtors_view.py" line="1057"/>
        <source>on hold or in dispute</source>
        <translation>en espera o en disputa</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/debtors_view.py" line="1057"/>
        <source>not on hold or in dispute</source>
        <translation>ni en espera ni en disputa</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/debtors_view.py" line="1058"/>
        <source>written off</source>
        <translation>con deuda dada por incobrable</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/debtors_view.py" line="1058"/>
        <source>nothing written off</source>
        <translation>sin deuda dada por incobrable</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/debtors_view.py" line="1063"/>
        <source>days since payment {range}</source>
        <translation>días desde el último pago {range}</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/debtors_view.py" line="1071"/>
        <source>none, every client with debt</source>
        <translation>ninguno, todos los clientes con deuda</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/debtors_view.py" line="1073"/>
        <location filename="../vetdesk/ui/debtors_view.py" line="1104"/>
        <source>Debtor list</source>
        <translation>Clientes con deuda</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/debtors_view.py" line="1075"/>
        <source>Filters: {filters}</source>
        <translation>Filtros: {filters}</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/debtors_view.py" line="1142"/>
        <source>from {low} to {high}</source>
        <translation>de {low} a {high}</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/debtors_view.py" line="1144"/>
        <source>from {low}</source>
        <translation>desde {low}</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/debtors_view.py" line="1145"/>
        <source>up to {high}</source>
        <translation>hasta {high}</translation>
    </message>
</context>
<context>
    <name>DebtorTableModel</name>
    <message>
        <location filename="../vetdesk/ui/debtors_view.py" line="124"/>
        <source>Written off</source>
        <translation>Dado por incobrable</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/debtors_view.py" line="199"/>
        <source>Owner</source>
        <translation>Propietario</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/debtors_view.py" line="199"/>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/debtors_view.py" line="199"/>
        <source>Pets</source>
        <translation>Mascotas</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/debtors_view.py" line="199"/>
        <source>Total owed</source>
        <translation>Total pendiente</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/debtors_view.py" line="199"/>
        <source>Overdue</source>
        <translation>Vencido</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/debtors_view.py" line="200"/>
        <source>Days overdue</source>
        <translation>Días de retraso</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/debtors_view.py" line="200"/>
        <source>Last reminder</source>
        <translation>Último recordatorio</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/debtors_view.py" line="200"/>
        <source>Agreement</source>
        <translation>Acuerdo</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/debtors_view.py" line="200"/>
        <source>Next step</source>
        <translation>Siguiente paso</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/debtors_view.py" line="201"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/debtors_view.py" line="210"/>
        <source>Days since the due date of the oldest overdue charge</source>
        <translation>Días transcurridos desde el vencimiento del cargo vencido más antiguo</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/debtors_view.py" line="212"/>
        <source>Highest reminder level sent, and the day it went out</source>
        <translation>Nivel más alto de recordatorio enviado y día en que se envió</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/debtors_view.py" line="214"/>
        <source>Reminders paused (on hold or in dispute), or debt written off</source>
        <translation>Recordatorios en pausa (en espera o en disputa) o deuda dada por incobrable</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/debtors_view.py" line="288"/>
        <source>{level} of {top}</source>
        <translation>{level} de {top}</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/debtors_view.py" line="289"/>
        <source>{level} of {top}, sent on {date}</source>
        <translation>{level} de {top}, enviado el {date}</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/debtors_view.py" line="292"/>
        <source>Written off: {amount}</source>
        <translation>Dado por incobrable: {amount}</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/debtors_view.py" line="294"/>
        <source>{owner}
Double-click or press Enter to open the client</source>
        <translation>{owner}
Haga doble clic o pulse Intro para abrir el cliente</translation>
    </message>
</context>
<context>
    <name>Debtors</name>
    <message>
        <location filename="../vetdesk/services/debtors.py" line="296"/>
        <source>The filter name is missing. Type a name, for example &quot;over 90 days without agreement&quot;.</source>
        <translation>Falta el nombre del filtro. Escriba un nombre, por ejemplo «más de 90 días sin acuerdo».</translation>
    </message>
    <message>
        <location filename="../vetdesk/services/debtors.py" line="299"/>
        <source>The filter name has {count} characters. Shorten it to {max} or fewer.</source>
        <translation>El nombre del filtro tiene {count} caracteres. Acórtelo a {max} o menos.</translation>
    </message>
    <message>
        <location filename="../vetdesk/services/debtors.py" line="305"/>
        <source>There are already {max} saved filters. Delete one before saving another.</source>
        <translation>Ya hay {max} filtros guardados. Elimine uno antes de guardar otro.</translation>
    </message>
    <message>
        <location filename="../vetdesk/services/debtors.py" line="318"/>
        <source>No saved filter is called &quot;{name}&quot;.</source>
        <translation>No hay ningún filtro guardado con el nombre «{name}».</translation>
    </message>
    <message>
        <location filename="../vetdesk/domain/debtors.py" line="138"/>
        <source>The amount owed goes from {low} to {high}, which is an empty range. Make the first amount smaller than or equal to the second.</source>
        <translation>El importe adeudado va de {low} a {high}, un intervalo vacío. Ponga un primer importe menor o igual que el segundo.</translation>
    </message>
    <message>
        <location filename="../vetdesk/domain/debtors.py" line="140"/>
        <source>The days overdue go from {low} to {high}, which is an empty range. Make the first number smaller than or equal to the second.</source>
        <translation>Los días de retraso van de {low} a {high}, un intervalo vacío. Ponga un primer número menor o igual que el segundo.</translation>
    </message>
    <message>
        <location filename="../vetdesk/domain/debtors.py" line="142"/>
        <source>The days since the last payment go from {low} to {high}, which is an empty range. Make the first number smaller than or equal to the second.</source>
        <translation>Los días desde el último pago van de {low} a {high}, un intervalo vacío. Ponga un primer número menor o igual que el segundo.</translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message>
        <location filename="../vetdesk/ui/decision_dialogs.py" line="74"/>
        <source>Spanish</source>
        <translation>Español</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/decision_dialogs.py" line="75"/>
        <source>English</source>
        <translation>Inglés</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/decision_dialogs.py" line="105"/>
        <location filename="../vetdesk/ui/decision_dialogs.py" line="785"/>
        <source>Claim dossier {reference}</source>
        <translation>Expediente de reclamación {reference}</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/decision_dialogs.py" line="118"/>
        <source>The translation of the dossier into this language is missing from this installation. Choose another language for the dossier, or reinstall VetDesk.</source>
        <translation>La traducción del expediente a este idioma no está en esta instalación. Elija otro idioma para el expediente o vuelva a instalar VetDesk.</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/decision_dialogs.py" line="309"/>
        <source>Decide about a debt</source>
        <translation>Decidir sobre una deuda</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/decision_dialogs.py" line="319"/>
        <source>Owed:</source>
        <translation>Pendiente:</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/decision_dialogs.py" line="320"/>
        <source>Overdue:</source>
        <translation>Vencido:</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/decision_dialogs.py" line="321"/>
        <source>Last reminder sent:</source>
        <translation>Último recordatorio enviado:</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/decision_dialogs.py" line="322"/>
        <source>Agreement:</source>
        <translation>Acuerdo:</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/decision_dialogs.py" line="323"/>
        <source>Written off:</source>
        <translation>Dado por incobrable:</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/decision_dialogs.py" line="325"/>
        <source>Write off…</source>
        <translation>Dar por incobrable…</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/decision_dialogs.py" line="326"/>
        <source>Reverse write-off…</source>
        <translation>Anular el incobrable…</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/decision_dialogs.py" line="327"/>
        <source>Negotiate…</source>
        <translation>Negociar…</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/decision_dialogs.py" line="328"/>
        <source>Claim in court…</source>
        <translation>Reclamar judicialmente…</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/decision_dialogs.py" line="349"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/decision_dialogs.py" line="371"/>
        <source>Write off</source>
        <translation>Dar por incobrable</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/decision_dialogs.py" line="371"/>
        <source>The clinic stops claiming the debt. It stays in the ledger, and a later payment takes the write-off back.</source>
        <translation>La clínica deja de reclamar la deuda. La deuda sigue en la cuenta del cliente, y un pago posterior anula el incobrable.</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/decision_dialogs.py" line="373"/>
        <source>Negotiate</source>
        <translation>Negociar</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/decision_dialogs.py" line="373"/>
        <source>Make a new payment agreement that the client signs at the desk.</source>
        <translation>Hacer un nuevo acuerdo de pago que el cliente firma en el mostrador.</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/decision_dialogs.py" line="374"/>
        <location filename="../vetdesk/ui/decision_dialogs.py" line="457"/>
        <source>Claim in court</source>
        <translation>Reclamar judicialmente</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/decision_dialogs.py" line="374"/>
        <source>Prepare the dossier for a claim (proceso monitorio). It needs the signed payment terms and a proposal to settle sent by certified post or burofax.</source>
        <translation>Preparar el expediente para una reclamación judicial (proceso monitorio). Se necesitan las condiciones de pago firmadas y una propuesta de liquidación enviada por correo certificado o burofax.</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/decision_dialogs.py" line="392"/>
        <source>Why is the debt written off? For example: the client moved abroad and cannot be reached.</source>
        <translation>¿Por qué se da la deuda por incobrable? Por ejemplo: el cliente se ha ido a vivir al extranjero y no se le puede localizar.</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/decision_dialogs.py" line="399"/>
        <source>Write off the debt</source>
        <translation>Dar la deuda por incobrable</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/decision_dialogs.py" line="401"/>
        <location filename="../vetdesk/ui/decision_dialogs.py" line="422"/>
        <location filename="../vetdesk/ui/decision_dialogs.py" line="460"/>
        <source>Reason (at least {min} characters):</source>
        <translation>Motivo (al menos {min} caracteres):</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/decision_dialogs.py" line="412"/>
        <source>Why is the write-off taken back? For example: the client got in touch and wants to pay.</source>
        <translation>¿Por qué se anula el incobrable? Por ejemplo: el cliente se ha puesto en contacto y quiere pagar.</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/decision_dialogs.py" line="413"/>
        <source>Reverse the write-off…</source>
        <translation>Anular el incobrable…</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/decision_dialogs.py" line="420"/>
        <location filename="../vetdesk/ui/decision_dialogs.py" line="634"/>
        <source>Reverse the write-off</source>
        <translation>Anular el incobrable</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/decision_dialogs.py" line="438"/>
        <source>Why is the debt claimed in court? For example: no answer to the proposal to settle.</source>
        <translation>¿Por qué se reclama la deuda judicialmente? Por ejemplo: no hubo respuesta a la propuesta de liquidación.</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/decision_dialogs.py" line="445"/>
        <source>Preview dossier</source>
        <translation>Vista previa del expediente</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/decision_dialogs.py" line="446"/>
        <source>Record claim and save dossier…</source>
        <translation>Registrar la reclamación y guardar el expediente…</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/decision_dialogs.py" line="449"/>
        <source>Dossier language:</source>
        <translation>Idioma del expediente:</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/decision_dialogs.py" line="490"/>
        <source>Decide about the debt of {name}</source>
        <translation>Decidir sobre la deuda de {name}</translation>
    </message>
    <message numerus="yes">
        <location filename="../vetdesk/ui/decision_dialogs.py" line="494"/>
        <source>{amount}, since {date} (%n day(s))</source>
        <translation>
            <numerusform>{amount}, desde el {date} (%n día)</numerusform>
            <numerusform>{amount}, desde el {date} (%n días)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/decision_dialogs.py" line="498"/>
        <source>Nothing overdue</source>
        <translation>Nada vencido</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/decision_dialogs.py" line="502"/>
        <source>{number}: {standing}</source>
        <translation>{number}: {standing}</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/decision_dialogs.py" line="505"/>
        <source>No agreement in force</source>
        <translation>Ningún acuerdo en vigor</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/decision_dialogs.py" line="507"/>
        <source>Nothing</source>
        <translation>Nada</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/decision_dialogs.py" line="519"/>
        <source>None sent yet</source>
        <translation>Todavía no se ha enviado ninguno</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/decision_dialogs.py" line="522"/>
        <source>{date}: {level}, {channel}</source>
        <translation>{date}: {level}, {channel}</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/decision_dialogs.py" line="534"/>
        <source>The client owes nothing, so there is nothing to write off.</source>
        <translation>El cliente no debe nada, así que no hay nada que dar por incobrable.</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/decision_dialogs.py" line="536"/>
        <source>Stop claiming the {amount} owed, with a reason.</source>
        <translation>Dejar de reclamar los {amount} pendientes, indicando el motivo.</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/decision_dialogs.py" line="541"/>
        <source>Make the {amount} written off owed again.</source>
        <translation>Volver a considerar pendientes los {amount} dados por incobrables.</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/decision_dialogs.py" line="545"/>
        <source>Make a new payment agreement for the charges no agreement covers.</source>
        <translation>Hacer un nuevo acuerdo de pago para los cargos que no cubre ningún acuerdo.</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/decision_dialogs.py" line="546"/>
        <source>The client owes nothing, so there is nothing to negotiate.</source>
        <translation>El cliente no debe nada, así que no hay nada que negociar.</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/decision_dialogs.py" line="547"/>
        <source>Check what a claim needs and prepare the dossier.</source>
        <translation>Comprobar qué necesita una reclamación judicial y preparar el expediente.</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/decision_dialogs.py" line="555"/>
        <source>Write off {amount}…</source>
        <translation>Dar por incobrable ({amount})…</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/decision_dialogs.py" line="557"/>
        <source>All {amount} owed by {name} is written off today. The clinic stops claiming it and no more reminders go out. The ledger keeps the debt and the banner keeps showing it. A payment later takes the write-off back.</source>
        <translation>Hoy se da por incobrable todo lo que debe {name}: {amount}. La clínica deja de reclamarlo y no se envían más recordatorios. La deuda sigue en la cuenta del cliente y el aviso de deuda la sigue mostrando. Si más adelante se registra un pago, se anula el incobrable.</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/decision_dialogs.py" line="563"/>
        <source>The {amount} written off is owed again from today: it returns to the balance, the banner and the reminders.</source>
        <translation>Desde hoy se vuelven a deber los {amount} dados por incobrables: vuelven al saldo, al aviso de deuda y a los recordatorios.</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/decision_dialogs.py" line="587"/>
        <source>The reason is missing or too short. Write at least {min} characters that explain the decision.</source>
        <translation>Falta el motivo o es demasiado corto. Escriba al menos {min} caracteres que expliquen la decisión.</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/decision_dialogs.py" line="608"/>
        <source>Write off the debt?</source>
        <translation>¿Dar la deuda por incobrable?</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/decision_dialogs.py" line="609"/>
        <source>Write off {amount} owed by {name}? The clinic stops claiming it.</source>
        <translation>¿Dar por incobrable la deuda de {amount} de {name}? La clínica dejará de reclamarla.</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/decision_dialogs.py" line="611"/>
        <source>Write off {amount}</source>
        <translation>Dar por incobrable ({amount})</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/decision_dialogs.py" line="623"/>
        <source>{amount} written off. The ledger and the banner show it.</source>
        <translation>Se ha dado por incobrable un importe de {amount}. La cuenta del cliente y el aviso de deuda lo reflejan.</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/decision_dialogs.py" line="631"/>
        <source>Reverse the write-off?</source>
        <translation>¿Anular el incobrable?</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/decision_dialogs.py" line="632"/>
        <source>Make the {amount} written off owed again by {name}?</source>
        <translation>¿Volver a considerar pendiente de pago por {name} el importe de {amount} dado por incobrable?</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/decision_dialogs.py" line="647"/>
        <source>The write-off of {amount} was reversed: the client owes it again.</source>
        <translation>Se ha anulado el incobrable de {amount}: el cliente vuelve a deberlo.</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/decision_dialogs.py" line="687"/>
        <source>The new agreement is recorded as the decision about this debt.</source>
        <translation>El nuevo acuerdo se ha registrado como la decisión sobre esta deuda.</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/decision_dialogs.py" line="711"/>
        <source>A claim cannot be prepared yet. Missing:</source>
        <translation>Todavía no se puede preparar la reclamación. Falta:</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/decision_dialogs.py" line="720"/>
        <source>The items listed as missing are needed first.</source>
        <translation>Primero hay que completar lo que falta en la lista.</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/decision_dialogs.py" line="723"/>
        <source>Store the decision with its dossier, then save and print the dossier.</source>
        <translation>Registrar la decisión con su expediente y, después, guardar e imprimir el expediente.</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/decision_dialogs.py" line="729"/>
        <source>Amount to claim: {amount}</source>
        <translation>Importe que se reclama: {amount}</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/decision_dialogs.py" line="731"/>
        <source>Signed payment terms on file</source>
        <translation>Hay condiciones de pago firmadas</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/decision_dialogs.py" line="732"/>
        <source>Signed payment terms: none on file</source>
        <translation>No hay condiciones de pago firmadas</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/decision_dialogs.py" line="735"/>
        <source>Proposal to settle (reminder level {level}) sent on {date}</source>
        <translation>Propuesta de liquidación (recordatorio de nivel {level}) enviada el {date}</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/decision_dialogs.py" line="738"/>
        <source>Proposal to settle (reminder level {level}): not sent</source>
        <translation>Propuesta de liquidación (recordatorio de nivel {level}): no enviada</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/decision_dialogs.py" line="760"/>
        <source>Claim dossier for {name} (preview, not recorded)</source>
        <translation>Expediente de reclamación de {name} (vista previa, no registrado)</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/decision_dialogs.py" line="761"/>
        <source>claim-dossier-preview.pdf</source>
        <translation>expediente-reclamacion-vista-previa.pdf</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/decision_dialogs.py" line="783"/>
        <source>Claim {reference} is recorded with its dossier. Save the dossier and print it for the court; it can be opened again from the Holds and decisions tab.</source>
        <translation>La reclamación {reference} queda registrada con su expediente. Guarde el expediente e imprímalo para el juzgado; puede volver a abrirlo desde la pestaña Pausas y decisiones.</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/decision_dialogs.py" line="799"/>
        <source>claim-{id}</source>
        <translation>reclamacion-{id}</translation>
    </message>
</context>
<context>
    <name>Decisions</name>
    <message>
        <location filename="../vetdesk/services/decisions.py" line="64"/>
        <source>The reason &quot;{reason}&quot; is too short. Write at least {min} characters that explain the decision.</source>
        <translation>El motivo «{reason}» es demasiado corto. Escriba al menos {min} caracteres que expliquen la decisión.</translation>
    </message>
    <message>
        <location filename="../vetdesk/services/decisions.py" line="68"/>
        <source>The reason has {count} characters. Shorten it to {max} or fewer.</source>
        <translation>El motivo tiene {count} caracteres. Acórtelo a {max} o menos.</translation>
    </message>
    <message>
        <location filename="../vetdesk/services/decisions.py" line="76"/>
        <source>Client number {id} was not found. Search for the client again.</source>
        <translation>No se ha encontrado el cliente número {id}. Vuelva a buscar el cliente.</translation>
    </message>
    <message>
        <location filename="../vetdesk/services/decisions.py" line="122"/>
        <source>The client owes nothing ({amount}), so there is nothing to write off.</source>
        <translation>El cliente no debe nada ({amount}), así que no hay nada que dar por incobrable.</translation>
    </message>
    <message>
        <location filename="../vetdesk/services/decisions.py" line="128"/>
        <source>Agreement {number} is still running. Cancel it in the Agreements tab before writing off the debt.</source>
        <translation>El acuerdo {number} sigue en curso. Cancélelo en la pestaña Acuerdos antes de dar la deuda por incobrable.</translation>
    </message>
    <message>
        <location filename="../vetdesk/services/decisions.py" line="149"/>
        <source>The client has no written-off debt to reverse.</source>
        <translation>El cliente no tiene ninguna deuda dada por incobrable que anular.</translation>
    </message>
    <message>
        <location filename="../vetdesk/services/decisions.py" line="174"/>
        <source>Agreement number {id} is not an agreement of this client.</source>
        <translation>El acuerdo número {id} no es de este cliente.</translation>
    </message>
    <message>
        <location filename="../vetdesk/services/decisions.py" line="202"/>
        <source>The client owes nothing, so there is nothing to claim.</source>
        <translation>El cliente no debe nada, así que no hay nada que reclamar.</translation>
    </message>
    <message>
        <location filename="../vetdesk/services/decisions.py" line="205"/>
        <source>No signed payment terms are on file. A claim needs the form signed by the client: make an agreement at the desk and have it signed first.</source>
        <translation>No hay condiciones de pago firmadas. Una reclamación judicial necesita el documento firmado por el cliente: haga primero un acuerdo en el mostrador y pida al cliente que lo firme.</translation>
    </message>
    <message>
        <location filename="../vetdesk/services/decisions.py" line="209"/>
        <source>Claim {reference} was already recorded on {date}. Open its dossier in the Holds and decisions tab instead of recording another.</source>
        <translation>La reclamación {reference} ya se registró el {date}. Abra su expediente en la pestaña Pausas y decisiones en lugar de registrar otra.</translation>
    </message>
    <message>
        <location filename="../vetdesk/services/decisions.py" line="214"/>
        <source>The proposal to settle (reminder level {level}) was not sent. Send it by certified post or burofax and wait for the answer before claiming in court.</source>
        <translation>No se ha enviado la propuesta de liquidación (recordatorio de nivel {level}). Envíela por correo certificado o burofax y espere la respuesta antes de reclamar judicialmente.</translation>
    </message>
    <message>
        <location filename="../vetdesk/services/decisions.py" line="485"/>
        <source>Decision number {id} has no document.</source>
        <translation>La decisión número {id} no tiene ningún documento.</translation>
    </message>
</context>
<context>
    <name>DecisionsModel</name>
    <message>
        <location filename="../vetdesk/ui/followup_pane.py" line="219"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/followup_pane.py" line="219"/>
        <source>Decision</source>
        <translation>Decisión</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/followup_pane.py" line="219"/>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/followup_pane.py" line="219"/>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/followup_pane.py" line="219"/>
        <source>By</source>
        <translation>Decidido por</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/followup_pane.py" line="220"/>
        <source>Reference</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/followup_pane.py" line="240"/>
        <source>Double-click to open the dossier stored with this claim.</source>
        <translation>Haga doble clic para abrir el expediente guardado con esta reclamación.</translation>
    </message>
</context>
<context>
    <name>DeskApplication</name>
    <message>
        <location filename="../vetdesk/ui/app.py" line="189"/>
        <source>Today&apos;s automatic backup failed: {reason} Run &quot;vetdesk backup&quot; or tell the person who looks after the computers.</source>
        <translation>No se ha podido hacer la copia de seguridad automática de hoy: {reason} Ejecute «vetdesk backup» o avise a la persona que se encarga de los ordenadores.</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/app.py" line="251"/>
        <source>Cannot open the clinic&apos;s database: {error}
Check the database setting or the --database option, then start VetDesk again.</source>
        <translation>No se puede abrir la base de datos de la clínica: {error}
Compruebe el ajuste de la base de datos o la opción --database y vuelva a iniciar VetDesk.</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/app.py" line="358"/>
        <source>Something went wrong and VetDesk could not finish the action. Nothing half-done was stored. The details are in the log file.

{error}</source>
        <translation>Algo ha fallado y VetDesk no ha podido terminar la acción. No se ha guardado nada a medias. Los detalles están en el archivo de registro.

{error}</translation>
    </message>
</context>
<context>
    <name>EraseClientDialog</name>
    <message>
        <location filename="../vetdesk/ui/client_data_dialogs.py" line="136"/>
        <source>Erase the client&apos;s personal data</source>
        <translation>Borrar los datos personales del cliente</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/client_data_dialogs.py" line="141"/>
        <source>The name, DNI/NIE, phones, email, address, notes and consents of {name} will be erased and cannot be recovered. The {count} account entries stay, as accounting law requires, and so do the pets.</source>
        <translation>El nombre, el DNI/NIE, los teléfonos, el correo electrónico, la dirección, las notas y los consentimientos de {name} se borrarán y no se podrán recuperar. Se conservan los movimientos de la cuenta ({count}), como exige la normativa contable, y también las mascotas.</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/client_data_dialogs.py" line="149"/>
        <source>{name} still owes {amount}. The debt stays on the anonymised account, but reminders stop and the client can no longer be found by name.</source>
        <translation>{name} todavía debe {amount}. La deuda se mantiene en la cuenta anonimizada, pero se dejan de enviar recordatorios y ya no se podrá buscar al cliente por su nombre.</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/client_data_dialogs.py" line="160"/>
        <source>For example: asked in writing on 3/12/2026</source>
        <translation>Por ejemplo: solicitado por escrito el 3/12/2026</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/client_data_dialogs.py" line="164"/>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/client_data_dialogs.py" line="165"/>
        <source>Type the client&apos;s name to confirm</source>
        <translation>Escriba el nombre del cliente para confirmar</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/client_data_dialogs.py" line="167"/>
        <source>Erase personal data</source>
        <translation>Borrar datos personales</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/client_data_dialogs.py" line="171"/>
        <source>This client was already anonymised.</source>
        <translation>Este cliente ya se había anonimizado.</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/client_data_dialogs.py" line="182"/>
        <source>The name typed does not match {name}. Type the client&apos;s name exactly.</source>
        <translation>El nombre escrito no coincide con {name}. Escriba el nombre del cliente tal como aparece.</translation>
    </message>
</context>
<context>
    <name>ExportClientDialog</name>
    <message>
        <location filename="../vetdesk/ui/client_data_dialogs.py" line="49"/>
        <source>Export the client&apos;s data</source>
        <translation>Exportar los datos del cliente</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/client_data_dialogs.py" line="53"/>
        <source>Readable document (PDF)</source>
        <translation>Documento legible (PDF)</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/client_data_dialogs.py" line="55"/>
        <source>Data file for another program (JSON)</source>
        <translation>Archivo de datos para otro programa (JSON)</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/client_data_dialogs.py" line="66"/>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/client_data_dialogs.py" line="73"/>
        <source>The file contains personal data. Hand it only to the client, and delete copies you do not need.</source>
        <translation>El archivo contiene datos personales. Entréguelo solo al cliente y elimine las copias que no necesite.</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/client_data_dialogs.py" line="76"/>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/client_data_dialogs.py" line="78"/>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/client_data_dialogs.py" line="86"/>
        <source>client-{id}-data.{extension}</source>
        <translation>cliente-{id}-datos.{extension}</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/client_data_dialogs.py" line="94"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/client_data_dialogs.py" line="94"/>
        <source>JSON files (*.json)</source>
        <translation>Archivos JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/client_data_dialogs.py" line="95"/>
        <source>Save the client&apos;s data as</source>
        <translation>Guardar los datos del cliente como</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/client_data_dialogs.py" line="116"/>
        <source>The file {path} could not be written: {reason}. Choose another folder.</source>
        <translation>No se ha podido escribir el archivo {path}: {reason}. Elija otra carpeta.</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/client_data_dialogs.py" line="125"/>
        <source>Choose the file to save the data in.</source>
        <translation>Elija el archivo en el que quiere guardar los datos.</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../vetdesk/ui/first_run.py" line="49"/>
        <source>Welcome to VetDesk</source>
        <translation>Le damos la bienvenida a VetDesk</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/first_run.py" line="53"/>
        <source>This database has no clinic yet. Type your clinic&apos;s details to start with an empty clinic, or open the demo clinic to look around. Everything can be changed later in Settings.</source>
        <translation>Esta base de datos aún no tiene ninguna clínica. Escriba los datos de su clínica para empezar con una clínica vacía, o abra la clínica de demostración para echar un vistazo. Todo se puede cambiar más adelante en Ajustes.</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/first_run.py" line="60"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/first_run.py" line="64"/>
        <source>Create my clinic</source>
        <translation>Crear mi clínica</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/first_run.py" line="67"/>
        <source>Open the demo clinic</source>
        <translation>Abrir la clínica de demostración</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/first_run.py" line="83"/>
        <source>Who uses this desk</source>
        <translation>Quién usa este puesto</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/first_run.py" line="84"/>
        <source>One shared account for everyone, without sign-in (simple mode)</source>
        <translation>Una cuenta compartida por todos, sin iniciar sesión (modo sencillo)</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/first_run.py" line="86"/>
        <source>Personal accounts: create the first administrator now</source>
        <translation>Cuentas personales: crear ahora el primer administrador</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/first_run.py" line="100"/>
        <source>At least 8 characters, or a PIN of 4 or more digits</source>
        <translation>Al menos 8 caracteres, o un PIN de 4 dígitos o más</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/first_run.py" line="107"/>
        <source>Username</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/first_run.py" line="108"/>
        <source>Your name</source>
        <translation>Su nombre</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/first_run.py" line="109"/>
        <source>Password or PIN</source>
        <translation>Contraseña o PIN</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/first_run.py" line="110"/>
        <source>Repeat it</source>
        <translation>Repita la contraseña o PIN</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/first_run.py" line="125"/>
        <source>The two passwords or PINs differ. Type the same one twice.</source>
        <translation>Las dos contraseñas o PIN no coinciden. Escriba lo mismo en los dos campos.</translation>
    </message>
</context>
<context>
    <name>FollowUp</name>
    <message>
        <location filename="../vetdesk/ui/followup_pane.py" line="63"/>
        <source>On hold</source>
        <translation>En espera</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/followup_pane.py" line="64"/>
        <source>In dispute</source>
        <translation>En disputa</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/followup_pane.py" line="77"/>
        <source>Active</source>
        <translation>Activa</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/followup_pane.py" line="78"/>
        <source>Ended</source>
        <translation>Finalizada</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/followup_pane.py" line="79"/>
        <source>Released</source>
        <translation>Levantada</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/followup_pane.py" line="86"/>
        <source>Written off</source>
        <translation>Dado por incobrable</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/followup_pane.py" line="87"/>
        <source>Write-off reversed</source>
        <translation>Anulación del incobrable</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/followup_pane.py" line="88"/>
        <source>Negotiated</source>
        <translation>Acuerdo negociado</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/followup_pane.py" line="89"/>
        <source>Claimed in court</source>
        <translation>Reclamación judicial</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/followup_pane.py" line="100"/>
        <source>Payment or credit note after the write-off</source>
        <translation>Pago o abono posterior al incobrable</translation>
    </message>
</context>
<context>
    <name>FollowUpPane</name>
    <message>
        <location filename="../vetdesk/ui/followup_pane.py" line="285"/>
        <source>No hold or dispute was placed on this client&apos;s debt.</source>
        <translation>La deuda de este cliente no se ha puesto nunca en espera ni en disputa.</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/followup_pane.py" line="288"/>
        <source>Put on hold or dispute…</source>
        <translation>Poner en espera o en disputa…</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/followup_pane.py" line="289"/>
        <source>Release</source>
        <translation>Levantar la pausa</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/followup_pane.py" line="290"/>
        <source>End the selected hold today; reminders resume at the next run.</source>
        <translation>Terminar hoy la pausa seleccionada. Los recordatorios se reanudan la próxima vez que se preparen.</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/followup_pane.py" line="291"/>
        <source>Holds and disputes</source>
        <translation>En espera y en disputa</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/followup_pane.py" line="299"/>
        <source>No decision was taken about this client&apos;s debt.</source>
        <translation>No se ha tomado ninguna decisión sobre la deuda de este cliente.</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/followup_pane.py" line="302"/>
        <source>Decide…</source>
        <translation>Decidir…</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/followup_pane.py" line="303"/>
        <source>Open dossier</source>
        <translation>Abrir expediente</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/followup_pane.py" line="304"/>
        <source>Decisions</source>
        <translation>Decisiones</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/followup_pane.py" line="429"/>
        <source>No reminder goes out for this debt until the hold ends or is released.</source>
        <translation>No se enviará ningún recordatorio de esta deuda hasta que la pausa termine o se levante.</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/followup_pane.py" line="445"/>
        <source>Released. Reminders for this debt resume at the next run.</source>
        <translation>Pausa levantada. Los recordatorios de esta deuda se reanudan la próxima vez que se preparen.</translation>
    </message>
</context>
<context>
    <name>FollowUpWindow</name>
    <message>
        <location filename="../vetdesk/ui/followup_window.py" line="57"/>
        <source>Debt follow-up</source>
        <translation>Seguimiento de deudas</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/followup_window.py" line="65"/>
        <source>Debtors</source>
        <translation>Deudores</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/followup_window.py" line="69"/>
        <source>Dashboard</source>
        <translation>Panel</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/followup_window.py" line="97"/>
        <source>The dashboard could not be computed. The details are in the log.</source>
        <translation>No se ha podido calcular el panel. Los detalles están en el archivo de registro.</translation>
    </message>
</context>
<context>
    <name>HoldDialog</name>
    <message>
        <location filename="../vetdesk/ui/decision_dialogs.py" line="174"/>
        <source>Put the debt on hold or in dispute</source>
        <translation>Poner la deuda en espera o en disputa</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/decision_dialogs.py" line="177"/>
        <source>No reminder goes out for the debt, or for the charge chosen, until the end date. The debt stays in the account and the banner keeps showing it.</source>
        <translation>Hasta la fecha final no se envía ningún recordatorio de la deuda o del cargo elegido. La deuda sigue en la cuenta y el aviso de deuda la sigue mostrando.</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/decision_dialogs.py" line="180"/>
        <source>On hold</source>
        <translation>En espera</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/decision_dialogs.py" line="182"/>
        <source>In dispute</source>
        <translation>En disputa</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/decision_dialogs.py" line="190"/>
        <source>Payment is expected from elsewhere, such as an insurer.</source>
        <translation>Se espera el pago por otra vía, por ejemplo de una aseguradora.</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/decision_dialogs.py" line="192"/>
        <source>The client contests the debt or an item of it.</source>
        <translation>El cliente no está de acuerdo con la deuda o con alguno de sus conceptos.</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/decision_dialogs.py" line="196"/>
        <source>Whole debt</source>
        <translation>Toda la deuda</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/decision_dialogs.py" line="198"/>
        <source>{date} · {description} · {amount} owed</source>
        <translation>{date} · {description} · pendiente: {amount}</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/decision_dialogs.py" line="209"/>
        <source>For example: insurance claim pending, file 2026/118</source>
        <translation>Por ejemplo: pendiente de pago de la aseguradora, expediente 2026/118</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/decision_dialogs.py" line="213"/>
        <source>Kind:</source>
        <translation>Tipo:</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/decision_dialogs.py" line="214"/>
        <source>Applies to:</source>
        <translation>Se aplica a:</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/decision_dialogs.py" line="215"/>
        <source>Reason:</source>
        <translation>Motivo:</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/decision_dialogs.py" line="216"/>
        <source>Until (inclusive):</source>
        <translation>Hasta (inclusive):</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/decision_dialogs.py" line="218"/>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/decision_dialogs.py" line="219"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>Holds</name>
    <message>
        <location filename="../vetdesk/services/holds.py" line="79"/>
        <source>Entry number {id} is not a charge of this client. Choose one of the client&apos;s charges, or hold the whole debt.</source>
        <translation>El movimiento número {id} no es un cargo de este cliente. Elija uno de los cargos del cliente o ponga en espera toda la deuda.</translation>
    </message>
    <message>
        <location filename="../vetdesk/services/holds.py" line="94"/>
        <source>The kind {kind} is not known. Choose on hold or in dispute.</source>
        <translation>El tipo {kind} es desconocido. Elija «En espera» o «En disputa».</translation>
    </message>
    <message>
        <location filename="../vetdesk/services/holds.py" line="97"/>
        <source>The reason is missing. Write why the debt waits, for example &quot;insurance claim pending&quot;.</source>
        <translation>Falta el motivo. Escriba por qué la deuda queda en espera, por ejemplo «pendiente de pago de la aseguradora».</translation>
    </message>
    <message>
        <location filename="../vetdesk/services/holds.py" line="100"/>
        <source>The reason has {count} characters. Shorten it to {max} or fewer.</source>
        <translation>El motivo tiene {count} caracteres. Acórtelo a {max} o menos.</translation>
    </message>
    <message>
        <location filename="../vetdesk/services/holds.py" line="103"/>
        <source>The end date {date} is in the past. Choose today or a later day.</source>
        <translation>La fecha final, {date}, ya ha pasado. Elija hoy o un día posterior.</translation>
    </message>
    <message>
        <location filename="../vetdesk/services/holds.py" line="106"/>
        <source>The end date {date} is more than a year away. Choose an earlier day and extend the hold later if needed.</source>
        <translation>La fecha final, {date}, está a más de un año. Elija un día anterior y, si hace falta, prolongue la pausa más adelante.</translation>
    </message>
    <message>
        <location filename="../vetdesk/services/holds.py" line="114"/>
        <source>Client number {id} was not found. Search for the client again.</source>
        <translation>No se ha encontrado el cliente número {id}. Vuelva a buscar el cliente.</translation>
    </message>
    <message>
        <location filename="../vetdesk/services/holds.py" line="134"/>
        <source>Hold number {id} was not found. Reopen the client and try again.</source>
        <translation>No se ha encontrado la pausa número {id}. Vuelva a abrir el cliente e inténtelo de nuevo.</translation>
    </message>
    <message>
        <location filename="../vetdesk/services/holds.py" line="137"/>
        <source>Hold number {id} was already released by {name}.</source>
        <translation>{name} ya había levantado la pausa número {id}.</translation>
    </message>
</context>
<context>
    <name>HoldsModel</name>
    <message>
        <location filename="../vetdesk/ui/followup_pane.py" line="140"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/followup_pane.py" line="140"/>
        <source>Applies to</source>
        <translation>Se aplica a</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/followup_pane.py" line="140"/>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/followup_pane.py" line="140"/>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/followup_pane.py" line="140"/>
        <source>Until</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/followup_pane.py" line="141"/>
        <source>By</source>
        <translation>Registrado por</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/followup_pane.py" line="141"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/followup_pane.py" line="145"/>
        <source>Whole debt</source>
        <translation>Toda la deuda</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/followup_pane.py" line="148"/>
        <source>{description} (charge of {amount})</source>
        <translation>{description} (cargo de {amount})</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/followup_pane.py" line="177"/>
        <source>Placed by {who} at {moment}</source>
        <translation>Registrada por {who} el {moment}</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/followup_pane.py" line="180"/>
        <source>Released by {who} at {moment}</source>
        <translation>Levantada por {who} el {moment}</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <location filename="../vetdesk/services/importing.py" line="91"/>
        <source>Client reference in the old program</source>
        <translation>Referencia del cliente en el programa anterior</translation>
    </message>
    <message>
        <location filename="../vetdesk/services/importing.py" line="92"/>
        <source>Full name of the client</source>
        <translation>Nombre completo del cliente</translation>
    </message>
    <message>
        <location filename="../vetdesk/services/importing.py" line="93"/>
        <source>Given name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../vetdesk/services/importing.py" line="94"/>
        <source>Surnames</source>
        <translation>Apellidos</translation>
    </message>
    <message>
        <location filename="../vetdesk/services/importing.py" line="95"/>
        <source>Second surname</source>
        <translation>Segundo apellido</translation>
    </message>
    <message>
        <location filename="../vetdesk/services/importing.py" line="96"/>
        <source>DNI/NIE</source>
        <translation>DNI/NIE</translation>
    </message>
    <message>
        <location filename="../vetdesk/services/importing.py" line="97"/>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <location filename="../vetdesk/services/importing.py" line="98"/>
        <source>Second phone</source>
        <translation>Segundo teléfono</translation>
    </message>
    <message>
        <location filename="../vetdesk/services/importing.py" line="99"/>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <location filename="../vetdesk/services/importing.py" line="100"/>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <location filename="../vetdesk/services/importing.py" line="101"/>
        <source>Postal code</source>
        <translation>Código postal</translation>
    </message>
    <message>
        <location filename="../vetdesk/services/importing.py" line="102"/>
        <source>City</source>
        <translation>Localidad</translation>
    </message>
    <message>
        <location filename="../vetdesk/services/importing.py" line="103"/>
        <source>Province</source>
        <translation>Provincia</translation>
    </message>
    <message>
        <location filename="../vetdesk/services/importing.py" line="104"/>
        <source>Notes about the client</source>
        <translation>Notas sobre el cliente</translation>
    </message>
    <message>
        <location filename="../vetdesk/services/importing.py" line="105"/>
        <source>Opening balance (positive = owed)</source>
        <translation>Saldo inicial (positivo = deuda del cliente)</translation>
    </message>
    <message>
        <location filename="../vetdesk/services/importing.py" line="106"/>
        <source>Pet name</source>
        <translation>Nombre de la mascota</translation>
    </message>
    <message>
        <location filename="../vetdesk/services/importing.py" line="107"/>
        <source>Species</source>
        <translation>Especie</translation>
    </message>
    <message>
        <location filename="../vetdesk/services/importing.py" line="108"/>
        <source>Breed</source>
        <translation>Raza</translation>
    </message>
    <message>
        <location filename="../vetdesk/services/importing.py" line="109"/>
        <source>Sex</source>
        <translation>Sexo</translation>
    </message>
    <message>
        <location filename="../vetdesk/services/importing.py" line="110"/>
        <source>Birth date</source>
        <translation>Fecha de nacimiento</translation>
    </message>
    <message>
        <location filename="../vetdesk/services/importing.py" line="111"/>
        <source>Microchip</source>
        <translation>Microchip</translation>
    </message>
    <message>
        <location filename="../vetdesk/services/importing.py" line="138"/>
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message>
        <location filename="../vetdesk/services/importing.py" line="139"/>
        <source>UTF-8 with BOM</source>
        <translation>UTF-8 con BOM</translation>
    </message>
    <message>
        <location filename="../vetdesk/services/importing.py" line="140"/>
        <source>Windows-1252</source>
        <translation>Windows-1252</translation>
    </message>
    <message>
        <location filename="../vetdesk/services/importing.py" line="182"/>
        <source>The file {file} is not a CSV text file. Export it again from the other program as CSV in UTF-8 or Windows-1252.</source>
        <translation>El archivo {file} no es un archivo de texto CSV. Vuelva a exportarlo desde el otro programa como CSV en UTF-8 o Windows-1252.</translation>
    </message>
    <message>
        <location filename="../vetdesk/services/importing.py" line="189"/>
        <source>The file {file} starts as UTF-8 but has invalid bytes at position {position}. Export it again from the other program.</source>
        <translation>El archivo {file} empieza como UTF-8, pero tiene bytes no válidos en la posición {position}. Vuelva a exportarlo desde el otro programa.</translation>
    </message>
    <message>
        <location filename="../vetdesk/services/importing.py" line="199"/>
        <source>The file {file} is neither UTF-8 nor Windows-1252 text. Export it again from the other program as CSV in UTF-8.</source>
        <translation>El archivo {file} no es texto UTF-8 ni Windows-1252. Vuelva a exportarlo desde el otro programa como CSV en UTF-8.</translation>
    </message>
    <message>
        <location filename="../vetdesk/services/importing.py" line="252"/>
        <source>The file {file} was not found. Choose the file again.</source>
        <translation>No se ha encontrado el archivo {file}. Vuelva a elegir el archivo.</translation>
    </message>
    <message>
        <location filename="../vetdesk/services/importing.py" line="255"/>
        <source>The file {file} could not be read: {error}</source>
        <translation>No se ha podido leer el archivo {file}: {error}</translation>
    </message>
    <message>
        <location filename="../vetdesk/services/importing.py" line="278"/>
        <source>The file {file} is not valid CSV from line {line} on: a quoted value is not closed, or text follows its closing quote. Correct that line in the file.</source>
        <translation>El archivo {file} no es un CSV válido a partir de la línea {line}: un valor entre comillas no se cierra o hay texto después de las comillas de cierre. Corrija esa línea en el archivo.</translation>
    </message>
    <message>
        <location filename="../vetdesk/services/importing.py" line="284"/>
        <source>The file {file} is empty.</source>
        <translation>El archivo {file} está vacío.</translation>
    </message>
    <message>
        <location filename="../vetdesk/services/importing.py" line="286"/>
        <source>The file {file} has a header line but no data rows.</source>
        <translation>El archivo {file} tiene una línea de encabezados, pero ninguna fila de datos.</translation>
    </message>
    <message>
        <location filename="../vetdesk/services/importing.py" line="398"/>
        <source>Column number {column} does not exist. The file has {count} columns.</source>
        <translation>La columna número {column} no existe. Columnas del archivo: {count}.</translation>
    </message>
    <message>
        <location filename="../vetdesk/services/importing.py" line="402"/>
        <source>Choose the column with the client&apos;s name, either as full name or as given name.</source>
        <translation>Elija la columna con el nombre del cliente, ya sea el nombre completo o solo el nombre.</translation>
    </message>
    <message>
        <location filename="../vetdesk/services/importing.py" line="405"/>
        <source>Choose either a full name column or separate given name and surname columns, not both.</source>
        <translation>Elija una columna de nombre completo o columnas separadas de nombre y apellidos, pero no ambas.</translation>
    </message>
    <message>
        <location filename="../vetdesk/services/importing.py" line="408"/>
        <source>A second surname column needs a surnames column as well.</source>
        <translation>Una columna de segundo apellido necesita también una columna de apellidos.</translation>
    </message>
    <message>
        <location filename="../vetdesk/services/importing.py" line="413"/>
        <source>The column &quot;{column}&quot; is chosen for two fields. Choose each column for one field only.</source>
        <translation>La columna «{column}» está elegida para dos campos. Elija cada columna para un solo campo.</translation>
    </message>
    <message>
        <location filename="../vetdesk/services/importing.py" line="600"/>
        <source>The amount &quot;{value}&quot; has a decimal point, but the amounts in this file use a decimal comma, like 12,50. Correct the value in the file.</source>
        <translation>El importe «{value}» tiene punto decimal, pero los importes de este archivo usan coma decimal, como 12,50. Corrija el valor en el archivo.</translation>
    </message>
    <message>
        <location filename="../vetdesk/services/importing.py" line="608"/>
        <source>The amount &quot;{value}&quot; has a decimal comma, but the amounts in this file use a decimal point, like 12.50. Correct the value in the file.</source>
        <translation>El importe «{value}» tiene coma decimal, pero los importes de este archivo usan punto decimal, como 12.50. Corrija el valor en el archivo.</translation>
    </message>
    <message>
        <location filename="../vetdesk/services/importing.py" line="612"/>
        <source>The amount &quot;{value}&quot; is not a number. Write it like 1234.56 or 12.50.</source>
        <translation>El importe «{value}» no es un número. Escríbalo como 1234.56 o 12.50.</translation>
    </message>
    <message>
        <location filename="../vetdesk/services/importing.py" line="615"/>
        <source>The amount &quot;{value}&quot; has more than two decimals. Round it to cents.</source>
        <translation>El importe «{value}» tiene más de dos decimales. Redondéelo a céntimos.</translation>
    </message>
    <message>
        <location filename="../vetdesk/services/importing.py" line="618"/>
        <source>The amount &quot;{value}&quot; is too large for an opening balance.</source>
        <translation>El importe «{value}» es demasiado grande para un saldo inicial.</translation>
    </message>
    <message>
        <location filename="../vetdesk/services/importing.py" line="663"/>
        <source>The sex &quot;{value}&quot; is not recognised. Use macho, hembra, M, H, male or female.</source>
        <translation>No se reconoce el sexo «{value}». Use macho, hembra, M, H, male o female.</translation>
    </message>
    <message>
        <location filename="../vetdesk/services/importing.py" line="838"/>
        <source>The line has {count} values but the header has {expected}. A value probably contains the separator &quot;{separator}&quot; without quotes around it.</source>
        <translation>La línea tiene {count} valores, pero los encabezados tienen {expected}. Probablemente un valor contiene el separador «{separator}» sin comillas alrededor.</translation>
    </message>
    <message>
        <location filename="../vetdesk/services/importing.py" line="872"/>
        <source>The value &quot;{value}&quot; is {length} characters long. The maximum is {maximum}.</source>
        <translation>El valor «{value}» tiene {length} caracteres. El máximo es {maximum}.</translation>
    </message>
    <message>
        <location filename="../vetdesk/services/importing.py" line="964"/>
        <source>The data of this client is invalid on line {other}, so all rows of the client are rejected.</source>
        <translation>Los datos de este cliente no son válidos en la línea {other}, así que se rechazan todas las filas del cliente.</translation>
    </message>
    <message>
        <location filename="../vetdesk/services/importing.py" line="977"/>
        <source>The client data differs from line {other}. The rows of one client must repeat the same client data.</source>
        <translation>Los datos del cliente son distintos de los de la línea {other}. Todas las filas de un cliente deben repetir los mismos datos del cliente.</translation>
    </message>
    <message>
        <location filename="../vetdesk/services/importing.py" line="992"/>
        <source>The client has two different balances: &quot;{value}&quot; on line {line} and &quot;{other_value}&quot; on line {other}. Put the balance on one row only, or repeat the same amount.</source>
        <translation>El cliente tiene dos saldos distintos: «{value}» en la línea {line} y «{other_value}» en la línea {other}. Ponga el saldo en una sola fila o repita el mismo importe.</translation>
    </message>
    <message>
        <location filename="../vetdesk/services/importing.py" line="1040"/>
        <source>A client with the DNI/NIE {value} already exists: {name}. Remove the row from the file or import into another database.</source>
        <translation>Ya existe un cliente con el DNI/NIE {value}: {name}. Quite la fila del archivo o impórtelo en otra base de datos.</translation>
    </message>
    <message>
        <location filename="../vetdesk/services/importing.py" line="1045"/>
        <source>The client reference {value} was already imported: {name}. Remove the row from the file, or leave the reference column out if it comes from another program.</source>
        <translation>La referencia de cliente {value} ya se importó: {name}. Quite la fila del archivo, o no importe la columna de referencia si viene de otro programa.</translation>
    </message>
    <message>
        <location filename="../vetdesk/services/importing.py" line="1064"/>
        <source>The DNI/NIE {value} also belongs to another client on line {other}. A DNI/NIE can belong to one client only.</source>
        <translation>El DNI/NIE {value} también pertenece a otro cliente en la línea {other}. Un DNI/NIE solo puede pertenecer a un cliente.</translation>
    </message>
    <message>
        <location filename="../vetdesk/services/importing.py" line="1145"/>
        <source>{count} rows of {file} were rejected, so nothing was stored. Correct those rows in the file, or choose to import only the valid rows.</source>
        <translation>Filas rechazadas de {file}: {count}. No se ha guardado nada. Corrija esas filas en el archivo o elija importar solo las filas válidas.</translation>
    </message>
    <message>
        <location filename="../vetdesk/services/importing.py" line="1169"/>
        <source>A client with the DNI/NIE {value} was stored after the file was checked, so nothing was imported. Check the file again.</source>
        <translation>Se ha guardado un cliente con el DNI/NIE {value} después de comprobar el archivo, así que no se ha importado nada. Vuelva a comprobar el archivo.</translation>
    </message>
    <message>
        <location filename="../vetdesk/services/importing.py" line="1213"/>
        <source>The file {file} has no valid rows to import.</source>
        <translation>El archivo {file} no tiene filas válidas que importar.</translation>
    </message>
    <message>
        <location filename="../vetdesk/services/importing.py" line="1260"/>
        <source>The import of {file} was stopped because the database rejected a row, so nothing was stored. Check the file again.</source>
        <translation>La importación de {file} se ha detenido porque la base de datos ha rechazado una fila, así que no se ha guardado nada. Vuelva a comprobar el archivo.</translation>
    </message>
    <message>
        <location filename="../vetdesk/services/importing.py" line="1277"/>
        <source>line {line}, column &quot;{column}&quot;: {reason}</source>
        <translation>línea {line}, columna «{column}»: {reason}</translation>
    </message>
    <message>
        <location filename="../vetdesk/services/importing.py" line="1280"/>
        <source>line {line}: {reason}</source>
        <translation>línea {line}: {reason}</translation>
    </message>
    <message>
        <location filename="../vetdesk/services/importing.py" line="1287"/>
        <source>{rows} rows read: {clients} clients, {pets} pets and {balances} opening balances to import, {rejected} rows rejected.</source>
        <translation>Filas leídas: {rows}. Para importar: clientes, {clients}; mascotas, {pets}; saldos iniciales, {balances}. Filas rechazadas: {rejected}.</translation>
    </message>
    <message>
        <location filename="../vetdesk/services/importing.py" line="1295"/>
        <source>Imported from {file}: {clients} clients, {pets} pets, {charges} opening debts and {credits} opening credits. {skipped} rejected rows were left out.</source>
        <translation>Importado desde {file}: clientes, {clients}; mascotas, {pets}; deudas iniciales, {charges}; saldos iniciales a favor del cliente, {credits}. Filas rechazadas que no se han importado: {skipped}.</translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message>
        <location filename="../vetdesk/commands/import_command.py" line="99"/>
        <source>The option --map {option} is not valid. Write FIELD=COLUMN with one of these fields: {fields}.</source>
        <translation>La opción --map {option} no es válida. Escriba CAMPO=COLUMNA con uno de estos campos: {fields}.</translation>
    </message>
    <message>
        <location filename="../vetdesk/commands/import_command.py" line="112"/>
        <source>The column &quot;{column}&quot; of --map {option} is not in the file. Use a header or a number from 1 to {count}. The headers are: {headers}.</source>
        <translation>La columna «{column}» de --map {option} no está en el archivo. Use un encabezado o un número del 1 al {count}. Los encabezados son: {headers}.</translation>
    </message>
    <message>
        <location filename="../vetdesk/commands/import_command.py" line="195"/>
        <source>The database {url} could not be opened: {error}</source>
        <translation>No se ha podido abrir la base de datos {url}: {error}</translation>
    </message>
    <message>
        <location filename="../vetdesk/commands/import_command.py" line="202"/>
        <source>File {file}: {encoding}, separator &quot;{separator}&quot;, {rows} rows.</source>
        <translation>Archivo {file}: {encoding}, separador «{separator}», filas: {rows}.</translation>
    </message>
    <message>
        <location filename="../vetdesk/commands/import_command.py" line="206"/>
        <source>Columns used (remembered from an earlier import):</source>
        <translation>Columnas usadas (recordadas de una importación anterior):</translation>
    </message>
    <message>
        <location filename="../vetdesk/commands/import_command.py" line="207"/>
        <source>Columns used (guessed, and corrected as in the last import):</source>
        <translation>Columnas usadas (deducidas y corregidas como en la última importación):</translation>
    </message>
    <message>
        <location filename="../vetdesk/commands/import_command.py" line="208"/>
        <source>Columns used (guessed from the headers):</source>
        <translation>Columnas usadas (deducidas de los encabezados):</translation>
    </message>
    <message>
        <location filename="../vetdesk/commands/import_command.py" line="217"/>
        <source>Columns not imported: {columns}</source>
        <translation>Columnas que no se importan: {columns}</translation>
    </message>
    <message>
        <location filename="../vetdesk/commands/import_command.py" line="248"/>
        <source>Amounts read with a decimal comma.</source>
        <translation>Importes leídos con coma decimal.</translation>
    </message>
    <message>
        <location filename="../vetdesk/commands/import_command.py" line="249"/>
        <source>Amounts read with a decimal point.</source>
        <translation>Importes leídos con punto decimal.</translation>
    </message>
    <message>
        <location filename="../vetdesk/commands/import_command.py" line="258"/>
        <source>Dry run: nothing was stored.</source>
        <translation>Simulación: no se ha guardado nada.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../vetdesk/ui/import_dialog.py" line="55"/>
        <source>Import clients from a CSV file</source>
        <translation>Importar clientes desde un archivo CSV</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/import_dialog.py" line="86"/>
        <source>Choose the CSV file exported by the other program</source>
        <translation>Elija el archivo CSV exportado por el otro programa</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/import_dialog.py" line="87"/>
        <source>Choose file…</source>
        <translation>Elegir archivo…</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/import_dialog.py" line="91"/>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/import_dialog.py" line="97"/>
        <source>Columns</source>
        <translation>Columnas</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/import_dialog.py" line="100"/>
        <source>VetDesk field</source>
        <translation>Campo de VetDesk</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/import_dialog.py" line="100"/>
        <source>Column in the file</source>
        <translation>Columna del archivo</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/import_dialog.py" line="118"/>
        <source>Detect from the file</source>
        <translation>Detectar a partir del archivo</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/import_dialog.py" line="119"/>
        <source>Decimal comma (1.234,56)</source>
        <translation>Coma decimal (1.234,56)</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/import_dialog.py" line="120"/>
        <source>Decimal point (1234.56)</source>
        <translation>Punto decimal (1234.56)</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/import_dialog.py" line="123"/>
        <source>Amounts</source>
        <translation>Importes</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/import_dialog.py" line="132"/>
        <source>First rows of the file</source>
        <translation>Primeras filas del archivo</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/import_dialog.py" line="141"/>
        <source>Check</source>
        <translation>Comprobación</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/import_dialog.py" line="142"/>
        <source>Check file</source>
        <translation>Comprobar archivo</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/import_dialog.py" line="144"/>
        <source>Read every row and list the rejected ones, without storing anything</source>
        <translation>Lee todas las filas y muestra las rechazadas, sin guardar nada</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/import_dialog.py" line="161"/>
        <source>Import only the valid rows</source>
        <translation>Importar solo las filas válidas</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/import_dialog.py" line="164"/>
        <source>Without this option, a file with rejected rows stores nothing</source>
        <translation>Sin esta opción, si el archivo tiene filas rechazadas no se guarda nada</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/import_dialog.py" line="165"/>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/import_dialog.py" line="168"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/import_dialog.py" line="182"/>
        <source>Choose the CSV file to import</source>
        <translation>Elija el archivo CSV que quiere importar</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/import_dialog.py" line="185"/>
        <source>CSV files (*.csv *.txt)</source>
        <translation>Archivos CSV (*.csv *.txt)</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/import_dialog.py" line="185"/>
        <source>All files (*)</source>
        <translation>Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/import_dialog.py" line="220"/>
        <source>{encoding}, separator &quot;{separator}&quot;, {rows} rows</source>
        <translation>{encoding}, separador «{separator}», filas: {rows}</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/import_dialog.py" line="228"/>
        <source>The columns were chosen as in the last import of a file with these headers.</source>
        <translation>Las columnas se han elegido como en la última importación de un archivo con estos encabezados.</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/import_dialog.py" line="231"/>
        <source>The columns were guessed from the headers and corrected as in the last import. Check them.</source>
        <translation>Las columnas se han deducido de los encabezados y se han corregido como en la última importación. Compruébelas.</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/import_dialog.py" line="233"/>
        <source>The columns were guessed from the headers. Check them.</source>
        <translation>Las columnas se han deducido de los encabezados. Compruébelas.</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/import_dialog.py" line="241"/>
        <source>(not imported)</source>
        <translation>(no se importa)</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/import_dialog.py" line="243"/>
        <source>{number}: {header}</source>
        <translation>{number}: {header}</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/import_dialog.py" line="278"/>
        <source>The columns changed. Check the file again.</source>
        <translation>Las columnas han cambiado. Vuelva a comprobar el archivo.</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/import_dialog.py" line="292"/>
        <source>Choose a file first.</source>
        <translation>Elija primero un archivo.</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/import_dialog.py" line="326"/>
        <source>{count} rows are rejected. Correct them in the file and load it again, or choose to import only the valid rows.</source>
        <translation>Filas rechazadas: {count}. Corríjalas en el archivo y vuelva a cargarlo, o elija importar solo las filas válidas.</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/import_dialog.py" line="329"/>
        <source>Every row is valid. Click Import to store them.</source>
        <translation>Todas las filas son válidas. Pulse Importar para guardarlas.</translation>
    </message>
</context>
<context>
    <name>LanguageChoice</name>
    <message>
        <location filename="../vetdesk/ui/settings_dialog.py" line="93"/>
        <source>System language</source>
        <translation>Idioma del sistema</translation>
    </message>
</context>
<context>
    <name>Ledger</name>
    <message>
        <location filename="../vetdesk/domain/ledger.py" line="69"/>
        <source>The amount {value} is not greater than zero. Type a positive amount. To reduce a charge, add a credit note.</source>
        <translation>El importe {value} no es mayor que cero. Escriba un importe positivo. Para reducir un cargo, añada un abono.</translation>
    </message>
    <message>
        <location filename="../vetdesk/domain/ledger.py" line="195"/>
        <source>Entry {entry} applies to charge {charge}, which is not a charge of this account. Choose one of the client&apos;s charges.</source>
        <translation>El movimiento {entry} se aplica al cargo {charge}, que no es un cargo de esta cuenta. Elija uno de los cargos del cliente.</translation>
    </message>
</context>
<context>
    <name>LedgerModel</name>
    <message>
        <location filename="../vetdesk/ui/balance_pane.py" line="75"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/balance_pane.py" line="75"/>
        <source>Description</source>
        <translation>Concepto</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/balance_pane.py" line="75"/>
        <source>Pet</source>
        <translation>Mascota</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/balance_pane.py" line="75"/>
        <source>Due</source>
        <translation>Vence</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/balance_pane.py" line="76"/>
        <source>Charge</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/balance_pane.py" line="76"/>
        <source>Paid / credit</source>
        <translation>Cobro / abono</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/balance_pane.py" line="76"/>
        <source>Balance</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/balance_pane.py" line="81"/>
        <source>Payment ({method})</source>
        <translation>Cobro ({method})</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/balance_pane.py" line="84"/>
        <source>Credit note: {text}</source>
        <translation>Abono: {text}</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/balance_pane.py" line="86"/>
        <source>Written off: {text}</source>
        <translation>Dado por incobrable: {text}</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/balance_pane.py" line="89"/>
        <source>Write-off reversed</source>
        <translation>Anulación del incobrable</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/balance_pane.py" line="91"/>
        <source>Write-off reversed: {text}</source>
        <translation>Anulación del incobrable: {text}</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/balance_pane.py" line="117"/>
        <source>Recorded by {who}</source>
        <translation>Registrado por {who}</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/balance_pane.py" line="119"/>
        <source>Still owed: {amount}</source>
        <translation>Pendiente de pago: {amount}</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <location filename="../vetdesk/ui/idle_lock.py" line="43"/>
        <source>VetDesk is locked</source>
        <translation>VetDesk está bloqueado</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/idle_lock.py" line="50"/>
        <source>Nobody is signed in. Type your username and your password or PIN.</source>
        <translation>No hay ninguna sesión iniciada. Escriba su nombre de usuario y su contraseña o PIN.</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/idle_lock.py" line="52"/>
        <source>{name} is signed in. Type your password or PIN to continue, or type another username to sign in as someone else.</source>
        <translation>{name} tiene la sesión iniciada. Escriba su contraseña o PIN para continuar, o escriba otro nombre de usuario para iniciar sesión como otra persona.</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/idle_lock.py" line="58"/>
        <source>Unlock</source>
        <translation>Desbloquear</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../vetdesk/ui/login_dialog.py" line="95"/>
        <source>Sign in to VetDesk</source>
        <translation>Iniciar sesión en VetDesk</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/login_dialog.py" line="97"/>
        <source>Type your username and your password or PIN.</source>
        <translation>Escriba su nombre de usuario y su contraseña o PIN.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../vetdesk/ui/main_window.py" line="123"/>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/main_window.py" line="125"/>
        <source>Agreements</source>
        <translation>Acuerdos</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/main_window.py" line="128"/>
        <source>Reminders</source>
        <translation>Recordatorios</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/main_window.py" line="131"/>
        <source>Holds and decisions</source>
        <translation>Pausas y decisiones</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/main_window.py" line="150"/>
        <source>Type an owner&apos;s name, a pet&apos;s name, a phone number or a DNI/NIE in the search box.
Enter opens the chosen client; Esc comes back to the search.</source>
        <translation>Escriba en el cuadro de búsqueda el nombre de un propietario, el nombre de una mascota, un número de teléfono o un DNI/NIE.
Intro abre el cliente elegido; Esc vuelve a la búsqueda.</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/main_window.py" line="174"/>
        <source>Opening the clinic&apos;s database…</source>
        <translation>Abriendo la base de datos de la clínica…</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/main_window.py" line="194"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/main_window.py" line="195"/>
        <source>&amp;Import clients from CSV…</source>
        <translation>&amp;Importar clientes desde CSV…</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/main_window.py" line="198"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Ajustes…</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/main_window.py" line="201"/>
        <source>S&amp;taff accounts…</source>
        <translation>Cuentas del &amp;personal…</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/main_window.py" line="204"/>
        <source>&amp;Reminders…</source>
        <translation>&amp;Recordatorios…</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/main_window.py" line="208"/>
        <source>Clinic seal &amp;certificate…</source>
        <translation>&amp;Certificado de sello de la clínica…</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/main_window.py" line="211"/>
        <source>Sign &amp;out / switch user</source>
        <translation>Cerrar sesión / cambiar de &amp;usuario</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/main_window.py" line="214"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/main_window.py" line="217"/>
        <source>&amp;Debtors and dashboard…</source>
        <translation>&amp;Deudores y panel…</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/main_window.py" line="228"/>
        <source>&amp;Client</source>
        <translation>&amp;Cliente</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/main_window.py" line="230"/>
        <source>&amp;Find client</source>
        <translation>&amp;Buscar cliente</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/main_window.py" line="231"/>
        <source>&amp;New client</source>
        <translation>&amp;Nuevo cliente</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/main_window.py" line="232"/>
        <source>New &amp;charge</source>
        <translation>Nuevo &amp;cargo</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/main_window.py" line="233"/>
        <source>New &amp;payment</source>
        <translation>Nuevo c&amp;obro</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/main_window.py" line="234"/>
        <source>Credit &amp;note…</source>
        <translation>&amp;Abono…</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/main_window.py" line="235"/>
        <source>Payment &amp;agreement…</source>
        <translation>Acuerdo de &amp;pago…</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/main_window.py" line="236"/>
        <source>&amp;Override debt block…</source>
        <translation>Autorizar una &amp;excepción al bloqueo por deuda…</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/main_window.py" line="237"/>
        <source>Put on &amp;hold or dispute…</source>
        <translation>Poner en e&amp;spera o en disputa…</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/main_window.py" line="238"/>
        <source>Dec&amp;ide about the debt…</source>
        <translation>Dec&amp;idir sobre la deuda…</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/main_window.py" line="251"/>
        <source>&amp;Export the client&apos;s data…</source>
        <translation>E&amp;xportar los datos del cliente…</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/main_window.py" line="254"/>
        <source>Erase the client&apos;s personal &amp;data…</source>
        <translation>Borrar los &amp;datos personales del cliente…</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/main_window.py" line="304"/>
        <source>New client</source>
        <translation>Nuevo cliente</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/main_window.py" line="481"/>
        <source>Read the debt banner and press &quot;Understood, continue&quot; first.</source>
        <translation>Lea primero el aviso de deuda y pulse «Entendido, continuar».</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/main_window.py" line="570"/>
        <source>Desk user: {name}</source>
        <translation>Usuario del puesto: {name}</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/main_window.py" line="571"/>
        <source>Signed in: {name} ({role})</source>
        <translation>Sesión iniciada: {name} ({role})</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/main_window.py" line="574"/>
        <source>Only a manager or an administrator can override the debt block.</source>
        <translation>Solo un responsable o un administrador puede autorizar una excepción al bloqueo por deuda.</translation>
    </message>
</context>
<context>
    <name>MessagesTab</name>
    <message>
        <location filename="../vetdesk/ui/settings_dialog.py" line="470"/>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/settings_dialog.py" line="481"/>
        <source>STARTTLS (usually port 587)</source>
        <translation>STARTTLS (normalmente, puerto 587)</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/settings_dialog.py" line="482"/>
        <source>SSL/TLS (usually port 465)</source>
        <translation>SSL/TLS (normalmente, puerto 465)</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/settings_dialog.py" line="483"/>
        <source>None (only for a server on this computer)</source>
        <translation>Ninguna (solo para un servidor en este ordenador)</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/settings_dialog.py" line="487"/>
        <source>Leave empty if the server needs no sign-in</source>
        <translation>Déjelo vacío si el servidor no pide iniciar sesión</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/settings_dialog.py" line="492"/>
        <source>Clinic name &lt;reception@clinic.es&gt;</source>
        <translation>Nombre de la clínica &lt;recepcion@clinica.es&gt;</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/settings_dialog.py" line="495"/>
        <source>Send a test email…</source>
        <translation>Enviar un correo electrónico de prueba…</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/settings_dialog.py" line="503"/>
        <source>Mail server</source>
        <translation>Servidor de correo</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/settings_dialog.py" line="504"/>
        <source>Port</source>
        <translation>Puerto</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/settings_dialog.py" line="505"/>
        <source>Security</source>
        <translation>Seguridad</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/settings_dialog.py" line="506"/>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/settings_dialog.py" line="507"/>
        <source>Sender address</source>
        <translation>Dirección del remitente</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/settings_dialog.py" line="513"/>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/settings_dialog.py" line="519"/>
        <source>Text messages (SMS)</source>
        <translation>Mensajes de texto (SMS)</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/settings_dialog.py" line="525"/>
        <source>The name the client&apos;s phone shows as the sender: up to 11 letters and digits without accents, or a phone number.</source>
        <translation>El nombre que el teléfono del cliente muestra como remitente: hasta 11 letras y dígitos sin tildes, o un número de teléfono.</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/settings_dialog.py" line="530"/>
        <source>Send a test SMS…</source>
        <translation>Enviar un SMS de prueba…</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/settings_dialog.py" line="537"/>
        <source>Gateway address</source>
        <translation>Dirección de la pasarela</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/settings_dialog.py" line="538"/>
        <source>Sender name</source>
        <translation>Nombre del remitente</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/settings_dialog.py" line="541"/>
        <source>Token</source>
        <translation>Clave de acceso (token)</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/settings_dialog.py" line="562"/>
        <source>Letters</source>
        <translation>Cartas</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/settings_dialog.py" line="567"/>
        <source>Leave empty to leave Bizum out of the letters</source>
        <translation>Déjelo vacío para no incluir Bizum en las cartas</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/settings_dialog.py" line="572"/>
        <source>Print a calibration page…</source>
        <translation>Imprimir una página de calibración…</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/settings_dialog.py" line="577"/>
        <source>from the left</source>
        <translation>desde la izquierda</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/settings_dialog.py" line="579"/>
        <source>from the top</source>
        <translation>desde arriba</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/settings_dialog.py" line="583"/>
        <source>width</source>
        <translation>anchura</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/settings_dialog.py" line="585"/>
        <source>height</source>
        <translation>altura</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/settings_dialog.py" line="588"/>
        <source>The client&apos;s name and address are printed inside the window of your envelopes. Print the calibration page, fold it into an envelope and adjust these values until the frame falls inside the window.</source>
        <translation>El nombre y la dirección del cliente se imprimen dentro de la ventana de sus sobres. Imprima la página de calibración, dóblela, métala en un sobre y ajuste estos valores hasta que el marco quede dentro de la ventana.</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/settings_dialog.py" line="592"/>
        <source>Bizum number</source>
        <translation>Número de Bizum</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/settings_dialog.py" line="595"/>
        <location filename="../vetdesk/ui/settings_dialog.py" line="707"/>
        <source>Envelope window</source>
        <translation>Ventana del sobre</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/settings_dialog.py" line="612"/>
        <location filename="../vetdesk/ui/settings_dialog.py" line="617"/>
        <source>Saved</source>
        <translation>Guardada</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/settings_dialog.py" line="612"/>
        <location filename="../vetdesk/ui/settings_dialog.py" line="617"/>
        <source>Not saved</source>
        <translation>Sin guardar</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/settings_dialog.py" line="614"/>
        <source>Type a new password to replace the saved one</source>
        <translation>Escriba una contraseña nueva para sustituir la guardada</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/settings_dialog.py" line="618"/>
        <source>Type a new token to replace the saved one</source>
        <translation>Escriba una clave de acceso nueva para sustituir la guardada</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/settings_dialog.py" line="665"/>
        <source>A password was typed without a user. Type the user name the mail server expects, usually the email address.</source>
        <translation>Se ha escrito una contraseña sin usuario. Escriba el usuario que espera el servidor de correo, normalmente la dirección de correo electrónico.</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/settings_dialog.py" line="669"/>
        <source>A token was typed without a gateway address. Type the address your SMS provider gives.</source>
        <translation>Se ha escrito una clave de acceso sin dirección de pasarela. Escriba la dirección que le da su proveedor de SMS.</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/settings_dialog.py" line="723"/>
        <source>Type the mail server and the sender address before sending a test email.</source>
        <translation>Escriba el servidor de correo y la dirección del remitente antes de enviar un correo electrónico de prueba.</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/settings_dialog.py" line="730"/>
        <source>Type the password of {user} before sending a test email.</source>
        <translation>Escriba la contraseña de {user} antes de enviar un correo electrónico de prueba.</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/settings_dialog.py" line="741"/>
        <source>Type the gateway address before sending a test SMS.</source>
        <translation>Escriba la dirección de la pasarela antes de enviar un SMS de prueba.</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/settings_dialog.py" line="745"/>
        <source>Type the gateway token before sending a test SMS.</source>
        <translation>Escriba la clave de acceso de la pasarela antes de enviar un SMS de prueba.</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/settings_dialog.py" line="761"/>
        <source>Send a test email</source>
        <translation>Enviar un correo electrónico de prueba</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/settings_dialog.py" line="761"/>
        <source>Email address to send the test message to:</source>
        <translation>Dirección de correo electrónico a la que enviar el mensaje de prueba:</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/settings_dialog.py" line="766"/>
        <source>Send a test SMS</source>
        <translation>Enviar un SMS de prueba</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/settings_dialog.py" line="766"/>
        <source>Mobile number to send the test message to:</source>
        <translation>Número de móvil al que enviar el mensaje de prueba:</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/settings_dialog.py" line="777"/>
        <source>The test email to {address} was accepted by the mail server.</source>
        <translation>El servidor de correo ha aceptado el correo electrónico de prueba para {address}.</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/settings_dialog.py" line="790"/>
        <source>The test SMS to {phone} was accepted by the gateway.</source>
        <translation>La pasarela ha aceptado el SMS de prueba para {phone}.</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/settings_dialog.py" line="799"/>
        <source>Sending…</source>
        <translation>Enviando…</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/settings_dialog.py" line="821"/>
        <source>Sending failed unexpectedly ({error}). The details are in the log file.</source>
        <translation>El envío ha fallado de forma inesperada ({error}). Los detalles están en el archivo de registro.</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/settings_dialog.py" line="840"/>
        <source>Envelope calibration page</source>
        <translation>Página de calibración del sobre</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/settings_dialog.py" line="841"/>
        <source>envelope-calibration.pdf</source>
        <translation>calibracion-sobre.pdf</translation>
    </message>
</context>
<context>
    <name>Messaging</name>
    <message>
        <location filename="../vetdesk/messaging/email.py" line="78"/>
        <source>The sender address &quot;{value}&quot; is not valid. Type it in Settings → Messages like recepcion@clinica.es.</source>
        <translation>La dirección del remitente «{value}» no es válida. Escríbala en Ajustes → Mensajes como recepcion@clinica.es.</translation>
    </message>
    <message>
        <location filename="../vetdesk/messaging/email.py" line="83"/>
        <source>The reply address &quot;{value}&quot; is not valid. Type it like recepcion@clinica.es.</source>
        <translation>La dirección de respuesta «{value}» no es válida. Escríbala como recepcion@clinica.es.</translation>
    </message>
    <message>
        <location filename="../vetdesk/messaging/email.py" line="87"/>
        <source>The recipient&apos;s email address &quot;{value}&quot; is not valid. Correct it in the client&apos;s details, or send the reminder by another channel.</source>
        <translation>La dirección de correo electrónico del destinatario, «{value}», no es válida. Corríjala en los datos del cliente o envíe el recordatorio por otro canal.</translation>
    </message>
    <message>
        <location filename="../vetdesk/messaging/email.py" line="182"/>
        <source>The mail server {server} temporarily rejected the message ({code} {reply}). The message stays queued and will be sent again later.</source>
        <translation>El servidor de correo {server} ha rechazado el mensaje por ahora ({code} {reply}). El mensaje sigue en la cola y se volverá a enviar más tarde.</translation>
    </message>
    <message>
        <location filename="../vetdesk/messaging/email.py" line="186"/>
        <source>The mail server {server} rejected the recipient {recipient} ({code} {reply}). Check the client&apos;s email address, or send the reminder by another channel.</source>
        <translation>El servidor de correo {server} ha rechazado el destinatario {recipient} ({code} {reply}). Compruebe la dirección de correo electrónico del cliente o envíe el recordatorio por otro canal.</translation>
    </message>
    <message>
        <location filename="../vetdesk/messaging/email.py" line="191"/>
        <source>The mail server {server} rejected the sender address {sender} ({code} {reply}). Check the sender address in Settings → Messages; many servers accept only the address of the signed-in user.</source>
        <translation>El servidor de correo {server} ha rechazado la dirección del remitente {sender} ({code} {reply}). Compruebe la dirección del remitente en Ajustes → Mensajes; muchos servidores solo aceptan la dirección del usuario que ha iniciado sesión.</translation>
    </message>
    <message>
        <location filename="../vetdesk/messaging/email.py" line="195"/>
        <source>The mail server {server} rejected the message ({code} {reply}). Read the server&apos;s reason and correct the settings or the message; it will not be sent again automatically.</source>
        <translation>El servidor de correo {server} ha rechazado el mensaje ({code} {reply}). Lea el motivo que da el servidor y corrija los ajustes o el mensaje; no se volverá a enviar automáticamente.</translation>
    </message>
    <message>
        <location filename="../vetdesk/messaging/email.py" line="204"/>
        <source>The mail server {server} does not offer STARTTLS. Choose SSL and port 465 in Settings → Messages, or ask the mail provider which security to use.</source>
        <translation>El servidor de correo {server} no ofrece STARTTLS. Elija SSL y el puerto 465 en Ajustes → Mensajes, o pregunte a su proveedor de correo qué seguridad debe usar.</translation>
    </message>
    <message>
        <location filename="../vetdesk/messaging/email.py" line="208"/>
        <source>The mail server {server} does not offer a sign-in with a password on this connection. Choose STARTTLS or SSL in Settings → Messages, or clear the user if the server needs none.</source>
        <translation>El servidor de correo {server} no permite iniciar sesión con contraseña en esta conexión. Elija STARTTLS o SSL en Ajustes → Mensajes, o borre el usuario si el servidor no pide iniciar sesión.</translation>
    </message>
    <message>
        <location filename="../vetdesk/messaging/email.py" line="212"/>
        <source>The mail server {server} does not support a feature this message needs (international addresses). Check the addresses, or use another mail server.</source>
        <translation>El servidor de correo {server} no admite una función que este mensaje necesita (direcciones internacionales). Compruebe las direcciones o use otro servidor de correo.</translation>
    </message>
    <message>
        <location filename="../vetdesk/messaging/email.py" line="220"/>
        <source>The certificate of the mail server {server} could not be verified ({reason}). Check the server name in Settings → Messages; it must be the name on the server&apos;s certificate.</source>
        <translation>No se ha podido verificar el certificado del servidor de correo {server} ({reason}). Compruebe el nombre del servidor en Ajustes → Mensajes; debe ser el nombre que figura en el certificado del servidor.</translation>
    </message>
    <message>
        <location filename="../vetdesk/messaging/email.py" line="225"/>
        <source>The secure connection to the mail server {server} failed ({reason}). Check that port and security in Settings → Messages match the server: STARTTLS usually uses port 587, SSL port 465.</source>
        <translation>Ha fallado la conexión segura con el servidor de correo {server} ({reason}). Compruebe que el puerto y la seguridad de Ajustes → Mensajes coinciden con los del servidor: STARTTLS suele usar el puerto 587, y SSL, el 465.</translation>
    </message>
    <message>
        <location filename="../vetdesk/messaging/email.py" line="230"/>
        <source>The mail server {server} did not respond within {seconds} seconds. The message stays queued and will be sent again later; if this keeps happening, check the server name and port in Settings → Messages.</source>
        <translation>El servidor de correo {server} no ha respondido en {seconds} segundos. El mensaje sigue en la cola y se volverá a enviar más tarde; si vuelve a ocurrir, compruebe el nombre del servidor y el puerto en Ajustes → Mensajes.</translation>
    </message>
    <message>
        <location filename="../vetdesk/messaging/email.py" line="235"/>
        <source>The mail server name {host} could not be found. Check the network connection and the server name in Settings → Messages; the message will be sent again later.</source>
        <translation>No se ha encontrado el servidor de correo {host}. Compruebe la conexión de red y el nombre del servidor en Ajustes → Mensajes; el mensaje se volverá a enviar más tarde.</translation>
    </message>
    <message>
        <location filename="../vetdesk/messaging/email.py" line="240"/>
        <source>The mail server {server} refused the connection. Check the server name and port in Settings → Messages; the message will be sent again later.</source>
        <translation>El servidor de correo {server} ha rechazado la conexión. Compruebe el nombre del servidor y el puerto en Ajustes → Mensajes; el mensaje se volverá a enviar más tarde.</translation>
    </message>
    <message>
        <location filename="../vetdesk/messaging/email.py" line="243"/>
        <source>The connection to the mail server {server} failed ({reason}). Check the network connection; the message will be sent again later.</source>
        <translation>Ha fallado la conexión con el servidor de correo {server} ({reason}). Compruebe la conexión de red; el mensaje se volverá a enviar más tarde.</translation>
    </message>
    <message>
        <location filename="../vetdesk/messaging/email.py" line="261"/>
        <source>The mail server {server} rejected the user name {user} or its password ({code} {reply}). Check both in Settings → Messages and save the password again.</source>
        <translation>El servidor de correo {server} ha rechazado el usuario {user} o su contraseña ({code} {reply}). Compruebe ambos en Ajustes → Mensajes y vuelva a guardar la contraseña.</translation>
    </message>
    <message>
        <location filename="../vetdesk/messaging/email.py" line="272"/>
        <source>The mail server {server} closed the connection unexpectedly. The message stays queued and will be sent again later.</source>
        <translation>El servidor de correo {server} ha cerrado la conexión de forma inesperada. El mensaje sigue en la cola y se volverá a enviar más tarde.</translation>
    </message>
    <message>
        <location filename="../vetdesk/messaging/email.py" line="280"/>
        <source>Sending through the mail server {server} failed ({reason}). Check the settings in Settings → Messages.</source>
        <translation>Ha fallado el envío a través del servidor de correo {server} ({reason}). Compruebe los ajustes en Ajustes → Mensajes.</translation>
    </message>
    <message>
        <location filename="../vetdesk/messaging/email.py" line="308"/>
        <source>The mail server {server} has no sign-in method for a user name or password with accents or other non-English letters. Change the password to one without them, then save it again in Settings → Messages.</source>
        <translation>El servidor de correo {server} no tiene ningún método para iniciar sesión con un usuario o una contraseña que lleven tildes, eñes u otras letras que no son del alfabeto inglés. Cambie la contraseña por una sin esas letras y vuelva a guardarla en Ajustes → Mensajes.</translation>
    </message>
    <message>
        <location filename="../vetdesk/messaging/email.py" line="337"/>
        <source>The mail server {server} is set to send without encryption, which VetDesk allows only for a server on this computer. Choose STARTTLS or SSL in Settings → Messages.</source>
        <translation>El servidor de correo {server} está configurado para enviar sin cifrado, algo que VetDesk solo permite con un servidor en este ordenador. Elija STARTTLS o SSL en Ajustes → Mensajes.</translation>
    </message>
    <message>
        <location filename="../vetdesk/messaging/sms.py" line="61"/>
        <source>The SMS gateway address &quot;{value}&quot; is not a web address. Type the address your provider gives, starting with https://.</source>
        <translation>La dirección de la pasarela SMS «{value}» no es una dirección web. Escriba la dirección que le da su proveedor, que empieza por https://.</translation>
    </message>
    <message>
        <location filename="../vetdesk/messaging/sms.py" line="65"/>
        <source>The SMS gateway address &quot;{value}&quot; contains a user name or password. Remove it from the address and put the token in the token field.</source>
        <translation>La dirección de la pasarela SMS «{value}» contiene un usuario o una contraseña. Quítelo de la dirección y escriba la clave de acceso en el campo Clave de acceso (token).</translation>
    </message>
    <message>
        <location filename="../vetdesk/messaging/sms.py" line="114"/>
        <source>The SMS gateway {gateway} is not available now (HTTP {status}: {reason}). The message stays queued and will be sent again later.</source>
        <translation>La pasarela SMS {gateway} no está disponible en este momento (HTTP {status}: {reason}). El mensaje sigue en la cola y se volverá a enviar más tarde.</translation>
    </message>
    <message>
        <location filename="../vetdesk/messaging/sms.py" line="118"/>
        <source>The SMS gateway {gateway} rejected the token (HTTP {status}: {reason}). Save the token your provider gives again in Settings → Messages.</source>
        <translation>La pasarela SMS {gateway} ha rechazado la clave de acceso (HTTP {status}: {reason}). Vuelva a guardar en Ajustes → Mensajes la clave de acceso que le da su proveedor.</translation>
    </message>
    <message>
        <location filename="../vetdesk/messaging/sms.py" line="122"/>
        <source>The SMS gateway {gateway} responded with a redirect to {location}. Type the final address in Settings → Messages.</source>
        <translation>La pasarela SMS {gateway} ha respondido con una redirección a {location}. Escriba la dirección final en Ajustes → Mensajes.</translation>
    </message>
    <message>
        <location filename="../vetdesk/messaging/sms.py" line="126"/>
        <source>The SMS gateway {gateway} rejected the message (HTTP {status}: {reason}). Check the phone number and the gateway settings; the message will not be sent again automatically.</source>
        <translation>La pasarela SMS {gateway} ha rechazado el mensaje (HTTP {status}: {reason}). Compruebe el número de teléfono y los ajustes de la pasarela; el mensaje no se volverá a enviar automáticamente.</translation>
    </message>
    <message>
        <location filename="../vetdesk/messaging/sms.py" line="135"/>
        <source>The SMS gateway {gateway} did not respond within {seconds} seconds. The message stays queued and will be sent again later.</source>
        <translation>La pasarela SMS {gateway} no ha respondido en {seconds} segundos. El mensaje sigue en la cola y se volverá a enviar más tarde.</translation>
    </message>
    <message>
        <location filename="../vetdesk/messaging/sms.py" line="139"/>
        <source>The certificate of the SMS gateway {gateway} could not be verified ({reason}). Check the address in Settings → Messages.</source>
        <translation>No se ha podido verificar el certificado de la pasarela SMS {gateway} ({reason}). Compruebe la dirección en Ajustes → Mensajes.</translation>
    </message>
    <message>
        <location filename="../vetdesk/messaging/sms.py" line="144"/>
        <source>The SMS gateway {gateway} could not be found. Check the network connection and the address in Settings → Messages; the message will be sent again later.</source>
        <translation>No se ha encontrado la pasarela SMS {gateway}. Compruebe la conexión de red y la dirección en Ajustes → Mensajes; el mensaje se volverá a enviar más tarde.</translation>
    </message>
    <message>
        <location filename="../vetdesk/messaging/sms.py" line="149"/>
        <source>The SMS gateway {gateway} sent a response that is not HTTP ({reason}). Check the address in Settings → Messages.</source>
        <translation>La pasarela SMS {gateway} ha enviado una respuesta que no es HTTP ({reason}). Compruebe la dirección en Ajustes → Mensajes.</translation>
    </message>
    <message>
        <location filename="../vetdesk/messaging/sms.py" line="153"/>
        <source>The connection to the SMS gateway {gateway} failed ({reason}). Check the network connection; the message will be sent again later.</source>
        <translation>Ha fallado la conexión con la pasarela SMS {gateway} ({reason}). Compruebe la conexión de red; el mensaje se volverá a enviar más tarde.</translation>
    </message>
    <message>
        <location filename="../vetdesk/messaging/sms.py" line="170"/>
        <source>The text message is empty. Type the text before sending.</source>
        <translation>El SMS está vacío. Escriba el texto antes de enviarlo.</translation>
    </message>
    <message>
        <location filename="../vetdesk/messaging/sms.py" line="176"/>
        <source>The SMS gateway token is empty or contains spaces or characters other than English letters, digits and punctuation. Copy the token from your provider again and save it in Settings → Messages.</source>
        <translation>La clave de acceso de la pasarela SMS está vacía o contiene espacios u otros caracteres que no son letras del alfabeto inglés, dígitos ni signos de puntuación. Vuelva a copiar la clave de acceso que le da su proveedor y guárdela en Ajustes → Mensajes.</translation>
    </message>
</context>
<context>
    <name>MessagingSettings</name>
    <message>
        <location filename="../vetdesk/services/messaging_settings.py" line="111"/>
        <source>No password is saved on this computer for the mail user {user} on {host}. Set the password in Settings → Messages.</source>
        <translation>En este ordenador no hay ninguna contraseña guardada para el usuario de correo {user} en {host}. Escriba la contraseña en Ajustes → Mensajes.</translation>
    </message>
    <message>
        <location filename="../vetdesk/services/messaging_settings.py" line="130"/>
        <source>No token is saved on this computer for the SMS gateway {url}. Set the token in Settings → Messages.</source>
        <translation>En este ordenador no hay ninguna clave de acceso guardada para la pasarela SMS {url}. Escriba la clave de acceso en Ajustes → Mensajes.</translation>
    </message>
    <message>
        <location filename="../vetdesk/services/messaging_settings.py" line="142"/>
        <source>The mail server name &quot;{value}&quot; is not valid. Type only the name, like smtp.example.com, without https:// or spaces.</source>
        <translation>El nombre del servidor de correo «{value}» no es válido. Escriba solo el nombre, como smtp.example.com, sin https:// ni espacios.</translation>
    </message>
    <message>
        <location filename="../vetdesk/services/messaging_settings.py" line="152"/>
        <source>The SMS sender name &quot;{value}&quot; is not valid. Use up to 11 letters and digits without accents, like ClinicaSol, or a phone number.</source>
        <translation>El nombre del remitente de los SMS «{value}» no es válido. Use hasta 11 letras y dígitos sin tildes, como ClinicaSol, o un número de teléfono.</translation>
    </message>
    <message>
        <location filename="../vetdesk/services/messaging_settings.py" line="167"/>
        <source>The Bizum number &quot;{value}&quot; is not a Spanish mobile number. Type the 9 digits of the mobile linked to Bizum, like 612 34 56 78.</source>
        <translation>El número de Bizum «{value}» no es un móvil español. Escriba los 9 dígitos del móvil asociado a Bizum, como 612 34 56 78.</translation>
    </message>
    <message>
        <location filename="../vetdesk/services/messaging_settings.py" line="209"/>
        <source>Type the sender address of the emails, like recepcion@clinica.es.</source>
        <translation>Escriba la dirección del remitente de los correos electrónicos, como recepcion@clinica.es.</translation>
    </message>
    <message>
        <location filename="../vetdesk/services/messaging_settings.py" line="213"/>
        <source>The mail server {value} is not on this computer, so it cannot be used without encryption. Choose STARTTLS or SSL.</source>
        <translation>El servidor de correo {value} no está en este ordenador, así que no se puede usar sin cifrado. Elija STARTTLS o SSL.</translation>
    </message>
    <message>
        <location filename="../vetdesk/services/messaging_settings.py" line="249"/>
        <source>Test message from VetDesk</source>
        <translation>Mensaje de prueba de VetDesk</translation>
    </message>
    <message>
        <location filename="../vetdesk/services/messaging_settings.py" line="250"/>
        <source>This is a test message sent by VetDesk for {clinic}.

If it reached you, the email settings work. No reply is needed.</source>
        <translation>Este es un mensaje de prueba enviado por VetDesk para {clinic}.

Si le ha llegado, los ajustes de correo electrónico funcionan. No hace falta responder.</translation>
    </message>
    <message>
        <location filename="../vetdesk/services/messaging_settings.py" line="267"/>
        <source>No mail server is set. Type the server and the sender address in Settings → Messages first.</source>
        <translation>No hay ningún servidor de correo configurado. Escriba primero el servidor y la dirección del remitente en Ajustes → Mensajes.</translation>
    </message>
    <message>
        <location filename="../vetdesk/services/messaging_settings.py" line="283"/>
        <source>Test message from VetDesk for {clinic}. The SMS settings work. No reply is needed.</source>
        <translation>Mensaje de prueba de VetDesk para {clinic}. Los ajustes de SMS funcionan. No hace falta responder.</translation>
    </message>
    <message>
        <location filename="../vetdesk/services/messaging_settings.py" line="303"/>
        <source>No SMS gateway is set. Type its address and token in Settings → Messages first.</source>
        <translation>No hay ninguna pasarela SMS configurada. Escriba primero su dirección y su clave de acceso en Ajustes → Mensajes.</translation>
    </message>
</context>
<context>
    <name>Money</name>
    <message>
        <location filename="../vetdesk/domain/money.py" line="150"/>
        <source>Type an amount, for example 12,50.</source>
        <translation>Escriba un importe, por ejemplo 12,50.</translation>
    </message>
    <message>
        <location filename="../vetdesk/domain/money.py" line="212"/>
        <source>The amount &quot;{value}&quot; is negative. Type an amount without a minus sign.</source>
        <translation>El importe «{value}» es negativo. Escriba el importe sin el signo menos.</translation>
    </message>
    <message>
        <location filename="../vetdesk/domain/money.py" line="220"/>
        <source>The amount &quot;{value}&quot; is zero. Type an amount greater than zero.</source>
        <translation>El importe «{value}» es cero. Escriba un importe mayor que cero.</translation>
    </message>
    <message>
        <location filename="../vetdesk/domain/money.py" line="228"/>
        <source>The amount &quot;{value}&quot; is too large. The maximum is {maximum}.</source>
        <translation>El importe «{value}» es demasiado grande. El máximo es {maximum}.</translation>
    </message>
    <message>
        <location filename="../vetdesk/domain/money.py" line="238"/>
        <source>The amount &quot;{value}&quot; is not valid. Type it like 1.234,56 or 12,50.</source>
        <translation>El importe «{value}» no es válido. Escríbalo como 1.234,56 o 12,50.</translation>
    </message>
    <message>
        <location filename="../vetdesk/domain/money.py" line="248"/>
        <source>The amount &quot;{value}&quot; is ambiguous. Type thousands with a point, like 12.345, or cents with two digits, like 12,35.</source>
        <translation>El importe «{value}» es ambiguo. Escriba los miles con punto, como 12.345, o los céntimos con dos cifras, como 12,35.</translation>
    </message>
    <message>
        <location filename="../vetdesk/domain/money.py" line="262"/>
        <source>The amount &quot;{value}&quot; has more than two decimals. Round it to cents, like 12,35.</source>
        <translation>El importe «{value}» tiene más de dos decimales. Redondéelo a céntimos, como 12,35.</translation>
    </message>
</context>
<context>
    <name>OverrideDialog</name>
    <message>
        <location filename="../vetdesk/ui/entry_dialogs.py" line="228"/>
        <source>Allow new credit</source>
        <translation>Permitir nuevos cargos a cuenta</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/entry_dialogs.py" line="231"/>
        <source>The client has overdue debt. Write why new charges on account may be recorded anyway. The reason is stored with your name and the time.</source>
        <translation>El cliente tiene deuda vencida. Escriba por qué se pueden registrar igualmente nuevos cargos a cuenta. El motivo se guarda junto con su nombre y la hora.</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/entry_dialogs.py" line="238"/>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <location filename="../vetdesk/ui/entry_dialogs.py" line="162"/>
        <source>New payment</source>
        <translation>Nuevo cobro</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/entry_dialogs.py" line="175"/>
        <source>The payment settles the oldest charges first.</source>
        <translation>El cobro salda primero los cargos más antiguos.</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/entry_dialogs.py" line="177"/>
        <source>Amount (€)</source>
        <translation>Importe (€)</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/entry_dialogs.py" line="178"/>
        <source>Method</source>
        <translation>Forma de pago</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/entry_dialogs.py" line="179"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/entry_dialogs.py" line="180"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/entry_dialogs.py" line="183"/>
        <source>Towards agreement {number}</source>
        <translation>A cuenta del acuerdo {number}</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/entry_dialogs.py" line="187"/>
        <source>The payment settles the agreement&apos;s instalments first.</source>
        <translation>El cobro se aplica primero a los plazos del acuerdo.</translation>
    </message>
</context>
<context>
    <name>PaymentMethod</name>
    <message>
        <location filename="../vetdesk/services/client_data.py" line="302"/>
        <location filename="../vetdesk/ui/balance_pane.py" line="41"/>
        <source>Cash</source>
        <translation>Efectivo</translation>
    </message>
    <message>
        <location filename="../vetdesk/services/client_data.py" line="303"/>
        <location filename="../vetdesk/ui/balance_pane.py" line="42"/>
        <source>Card</source>
        <translation>Tarjeta</translation>
    </message>
    <message>
        <location filename="../vetdesk/services/client_data.py" line="304"/>
        <location filename="../vetdesk/ui/balance_pane.py" line="43"/>
        <source>Bank transfer</source>
        <translation>Transferencia</translation>
    </message>
    <message>
        <location filename="../vetdesk/services/client_data.py" line="305"/>
        <location filename="../vetdesk/ui/balance_pane.py" line="44"/>
        <source>Bizum</source>
        <translation>Bizum</translation>
    </message>
    <message>
        <location filename="../vetdesk/services/client_data.py" line="306"/>
        <location filename="../vetdesk/ui/balance_pane.py" line="45"/>
        <source>Direct debit</source>
        <translation>Domiciliación</translation>
    </message>
</context>
<context>
    <name>PaymentTermsPdf</name>
    <message>
        <location filename="../vetdesk/documents/payment_terms.py" line="123"/>
        <source>Payment terms</source>
        <translation>Condiciones de pago</translation>
    </message>
    <message>
        <location filename="../vetdesk/documents/payment_terms.py" line="124"/>
        <source>Agreement no. {number}</source>
        <translation>Acuerdo n.º {number}</translation>
    </message>
    <message>
        <location filename="../vetdesk/documents/payment_terms.py" line="125"/>
        <source>Payment terms {number} · Page {page} of {pages}</source>
        <translation>Condiciones de pago {number} · Página {page} de {pages}</translation>
    </message>
    <message>
        <location filename="../vetdesk/documents/payment_terms.py" line="126"/>
        <source>This document sets out the normal price and payment conditions of the services listed below, and the conditions that the clinic grants to the client for paying them.</source>
        <translation>Este documento recoge el precio y las condiciones normales de pago de los servicios que se indican a continuación, y las condiciones que la clínica concede al cliente para pagarlos.</translation>
    </message>
    <message>
        <location filename="../vetdesk/documents/payment_terms.py" line="132"/>
        <source>Instalment plan</source>
        <translation>Pago a plazos</translation>
    </message>
    <message>
        <location filename="../vetdesk/documents/payment_terms.py" line="133"/>
        <source>Promise to pay</source>
        <translation>Compromiso de pago</translation>
    </message>
    <message>
        <location filename="../vetdesk/documents/payment_terms.py" line="134"/>
        <source>Third-party financing</source>
        <translation>Financiación por terceros</translation>
    </message>
    <message>
        <location filename="../vetdesk/documents/payment_terms.py" line="136"/>
        <source>Clinic</source>
        <translation>Clínica</translation>
    </message>
    <message>
        <location filename="../vetdesk/documents/payment_terms.py" line="137"/>
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <location filename="../vetdesk/documents/payment_terms.py" line="138"/>
        <source>CIF/NIF: {value}</source>
        <translation>CIF/NIF: {value}</translation>
    </message>
    <message>
        <location filename="../vetdesk/documents/payment_terms.py" line="139"/>
        <source>DNI/NIE: {value}</source>
        <translation>DNI/NIE: {value}</translation>
    </message>
    <message>
        <location filename="../vetdesk/documents/payment_terms.py" line="140"/>
        <source>Phone: {value}</source>
        <translation>Teléfono: {value}</translation>
    </message>
    <message>
        <location filename="../vetdesk/documents/payment_terms.py" line="141"/>
        <source>Email: {value}</source>
        <translation>Correo electrónico: {value}</translation>
    </message>
    <message>
        <location filename="../vetdesk/documents/payment_terms.py" line="142"/>
        <source>Pets concerned: {names}</source>
        <translation>Mascotas: {names}</translation>
    </message>
    <message>
        <location filename="../vetdesk/documents/payment_terms.py" line="144"/>
        <source>Services and charges covered</source>
        <translation>Servicios y cargos incluidos</translation>
    </message>
    <message>
        <location filename="../vetdesk/documents/payment_terms.py" line="145"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../vetdesk/documents/payment_terms.py" line="146"/>
        <source>Description</source>
        <translation>Concepto</translation>
    </message>
    <message>
        <location filename="../vetdesk/documents/payment_terms.py" line="147"/>
        <source>Pet</source>
        <translation>Mascota</translation>
    </message>
    <message>
        <location filename="../vetdesk/documents/payment_terms.py" line="148"/>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <location filename="../vetdesk/documents/payment_terms.py" line="149"/>
        <source>Total owed</source>
        <translation>Total pendiente</translation>
    </message>
    <message>
        <location filename="../vetdesk/documents/payment_terms.py" line="151"/>
        <source>Normal price and conditions</source>
        <translation>Precio y condiciones normales</translation>
    </message>
    <message>
        <location filename="../vetdesk/documents/payment_terms.py" line="152"/>
        <source>Full price: {amount}</source>
        <translation>Precio completo: {amount}</translation>
    </message>
    <message>
        <location filename="../vetdesk/documents/payment_terms.py" line="153"/>
        <source>Due date: {date}</source>
        <translation>Fecha de vencimiento: {date}</translation>
    </message>
    <message>
        <location filename="../vetdesk/documents/payment_terms.py" line="154"/>
        <source>Due when each service is provided.</source>
        <translation>Se paga al prestarse cada servicio.</translation>
    </message>
    <message>
        <location filename="../vetdesk/documents/payment_terms.py" line="155"/>
        <source>Paid in full in a single payment, with no discount and no deferral.</source>
        <translation>Pago completo en un solo pago, sin descuento ni aplazamiento.</translation>
    </message>
    <message>
        <location filename="../vetdesk/documents/payment_terms.py" line="158"/>
        <source>Conditions granted</source>
        <translation>Condiciones concedidas</translation>
    </message>
    <message>
        <location filename="../vetdesk/documents/payment_terms.py" line="159"/>
        <source>Amount covered: {amount}</source>
        <translation>Importe incluido: {amount}</translation>
    </message>
    <message>
        <location filename="../vetdesk/documents/payment_terms.py" line="160"/>
        <source>Discount: {amount}</source>
        <translation>Descuento: {amount}</translation>
    </message>
    <message>
        <location filename="../vetdesk/documents/payment_terms.py" line="161"/>
        <source>Deferral fee: {amount}</source>
        <translation>Recargo por aplazamiento: {amount}</translation>
    </message>
    <message>
        <location filename="../vetdesk/documents/payment_terms.py" line="162"/>
        <source>Amount agreed: {amount}</source>
        <translation>Importe acordado: {amount}</translation>
    </message>
    <message>
        <location filename="../vetdesk/documents/payment_terms.py" line="163"/>
        <source>The clinic charges no interest or fees.</source>
        <translation>La clínica no cobra intereses ni gastos.</translation>
    </message>
    <message>
        <location filename="../vetdesk/documents/payment_terms.py" line="164"/>
        <source>Down payment: {amount} on {date}</source>
        <translation>Pago inicial: {amount} el {date}</translation>
    </message>
    <message>
        <location filename="../vetdesk/documents/payment_terms.py" line="165"/>
        <source>Number of instalments: {count}</source>
        <translation>Número de plazos: {count}</translation>
    </message>
    <message>
        <location filename="../vetdesk/documents/payment_terms.py" line="166"/>
        <source>Frequency: {period}</source>
        <translation>Periodicidad: {period}</translation>
    </message>
    <message>
        <location filename="../vetdesk/documents/payment_terms.py" line="168"/>
        <source>every month</source>
        <translation>mensual</translation>
    </message>
    <message>
        <location filename="../vetdesk/documents/payment_terms.py" line="169"/>
        <source>every two weeks</source>
        <translation>quincenal</translation>
    </message>
    <message>
        <location filename="../vetdesk/documents/payment_terms.py" line="170"/>
        <source>every week</source>
        <translation>semanal</translation>
    </message>
    <message>
        <location filename="../vetdesk/documents/payment_terms.py" line="172"/>
        <source>Last payment: {date}</source>
        <translation>Último pago: {date}</translation>
    </message>
    <message>
        <location filename="../vetdesk/documents/payment_terms.py" line="173"/>
        <source>The whole amount is paid by {date}.</source>
        <translation>El importe total se paga como muy tarde el {date}.</translation>
    </message>
    <message>
        <location filename="../vetdesk/documents/payment_terms.py" line="174"/>
        <source>Financed by: {provider}</source>
        <translation>Financiado por: {provider}</translation>
    </message>
    <message>
        <location filename="../vetdesk/documents/payment_terms.py" line="175"/>
        <source>Financing reference: {reference}</source>
        <translation>Referencia de la financiación: {reference}</translation>
    </message>
    <message>
        <location filename="../vetdesk/documents/payment_terms.py" line="176"/>
        <source>The clinic considers the amount paid when {provider} pays it. The client&apos;s payments to {provider} follow the client&apos;s own contract with that company. If the financing is not granted, or {provider} does not pay, the amount is still owed to the clinic.</source>
        <translation>La clínica considerará pagado el importe cuando {provider} lo abone. Los pagos del cliente a {provider} se rigen por el contrato propio del cliente con esa entidad. Si no se concede la financiación o {provider} no paga, el importe se sigue debiendo a la clínica.</translation>
    </message>
    <message>
        <location filename="../vetdesk/documents/payment_terms.py" line="182"/>
        <source>No.</source>
        <translation>N.º</translation>
    </message>
    <message>
        <location filename="../vetdesk/documents/payment_terms.py" line="183"/>
        <source>Due date</source>
        <translation>Vencimiento</translation>
    </message>
    <message>
        <location filename="../vetdesk/documents/payment_terms.py" line="184"/>
        <source>Down payment</source>
        <translation>Pago inicial</translation>
    </message>
    <message>
        <location filename="../vetdesk/documents/payment_terms.py" line="186"/>
        <source>If a payment is missed</source>
        <translation>Si no se hace un pago</translation>
    </message>
    <message>
        <location filename="../vetdesk/documents/payment_terms.py" line="187"/>
        <source>Data protection</source>
        <translation>Protección de datos</translation>
    </message>
    <message>
        <location filename="../vetdesk/documents/payment_terms.py" line="188"/>
        <source>Acceptance and signatures</source>
        <translation>Aceptación y firmas</translation>
    </message>
    <message>
        <location filename="../vetdesk/documents/payment_terms.py" line="189"/>
        <source>In {place}, on {date}.</source>
        <translation>En {place}, a {date}.</translation>
    </message>
    <message>
        <location filename="../vetdesk/documents/payment_terms.py" line="190"/>
        <source>Date: {date}</source>
        <translation>Fecha: {date}</translation>
    </message>
    <message>
        <location filename="../vetdesk/documents/payment_terms.py" line="191"/>
        <source>Place and date:</source>
        <translation>Lugar y fecha:</translation>
    </message>
    <message>
        <location filename="../vetdesk/documents/payment_terms.py" line="192"/>
        <source>The client</source>
        <translation>El cliente</translation>
    </message>
    <message>
        <location filename="../vetdesk/documents/payment_terms.py" line="193"/>
        <source>For the clinic</source>
        <translation>Por la clínica</translation>
    </message>
    <message>
        <location filename="../vetdesk/documents/payment_terms.py" line="194"/>
        <source>Signed at the desk on {date} at {time}</source>
        <translation>Firmado en el mostrador el {date} a las {time}</translation>
    </message>
    <message>
        <location filename="../vetdesk/documents/payment_terms.py" line="195"/>
        <source>Signature witnessed at the desk by {name}</source>
        <translation>Firma presenciada en el mostrador por {name}</translation>
    </message>
</context>
<context>
    <name>PaymentTermsTab</name>
    <message>
        <location filename="../vetdesk/ui/settings_dialog.py" line="239"/>
        <source>When an agreement is broken, the whole remaining amount falls due at once</source>
        <translation>Si un acuerdo se incumple, todo el importe pendiente vence de una vez</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/settings_dialog.py" line="246"/>
        <source>Offer instalments from an amount owed of (€)</source>
        <translation>Ofrecer pagos a plazos a partir de una deuda de (€)</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/settings_dialog.py" line="247"/>
        <source>Minimum amount of an instalment (€)</source>
        <translation>Importe mínimo de un plazo (€)</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/settings_dialog.py" line="248"/>
        <source>Deferral fee added to instalment plans (€)</source>
        <translation>Recargo por aplazamiento en los pagos a plazos (€)</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/settings_dialog.py" line="250"/>
        <source>Maximum number of instalments</source>
        <translation>Número máximo de plazos</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/settings_dialog.py" line="252"/>
        <source>Agreement broken after this many missed payments</source>
        <translation>El acuerdo se incumple con este número de pagos vencidos</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/settings_dialog.py" line="253"/>
        <source>…or after a payment is this many days late</source>
        <translation>…o con un pago atrasado este número de días</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/settings_dialog.py" line="266"/>
        <source>With a fee, a deferral may be a consumer credit under Ley 16/2011, de contratos de crédito al consumo, which has its own rules on information, contract and withdrawal. A deferral with no interest and no charges of any kind stays outside that law. Check with a legal adviser before charging a fee.</source>
        <translation>Con un recargo, un aplazamiento puede ser un crédito al consumo según la Ley 16/2011, de contratos de crédito al consumo, que tiene sus propias normas de información, contrato y desistimiento. Un aplazamiento sin intereses ni gastos de ningún tipo queda fuera de esa ley. Consulte a un asesor jurídico antes de cobrar un recargo.</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/settings_dialog.py" line="293"/>
        <source>Clause of the payment-terms form</source>
        <translation>Cláusula del documento de condiciones de pago</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/settings_dialog.py" line="338"/>
        <source>Restore default</source>
        <translation>Restaurar el texto original</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/settings_dialog.py" line="313"/>
        <source>Placeholders you can use: {placeholders}</source>
        <translation>Marcadores que puede usar: {placeholders}</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/settings_dialog.py" line="373"/>
        <source>Spanish</source>
        <translation>español</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/settings_dialog.py" line="373"/>
        <source>English</source>
        <translation>inglés</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/settings_dialog.py" line="375"/>
        <source>Clause &quot;{clause}&quot; ({language}): {problem}</source>
        <translation>Cláusula «{clause}» ({language}): {problem}</translation>
    </message>
</context>
<context>
    <name>PdfView</name>
    <message>
        <location filename="../vetdesk/ui/pdf_view.py" line="74"/>
        <source>The PDF document is protected by a password, so VetDesk cannot show or print it. Save it and open it in a PDF reader that asks for the password.</source>
        <translation>El documento PDF está protegido con contraseña, así que VetDesk no puede mostrarlo ni imprimirlo. Guárdelo y ábralo en un lector de PDF que pida la contraseña.</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/pdf_view.py" line="77"/>
        <source>The PDF document could not be read because the file is damaged, incomplete or not a PDF. Open the stored copy again, or restore the document from a backup.</source>
        <translation>No se ha podido leer el documento PDF porque el archivo está dañado, incompleto o no es un PDF. Vuelva a abrir la copia guardada o recupere el documento de una copia de seguridad.</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/pdf_view.py" line="166"/>
        <source>The pages chosen ({pages}) are not in the document, which has {count} pages. Choose pages from 1 to {count}.</source>
        <translation>Las páginas elegidas ({pages}) no están en el documento, que tiene {count} páginas. Elija páginas de la 1 a la {count}.</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/pdf_view.py" line="203"/>
        <source>Printing to the file {path} could not start. Check that the folder exists and that you may write in it, or choose another file.</source>
        <translation>No se ha podido empezar a imprimir en el archivo {path}. Compruebe que la carpeta existe y que puede escribir en ella, o elija otro archivo.</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/pdf_view.py" line="207"/>
        <source>No printer is set up on this computer. Add a printer in the system settings, or print to a PDF file.</source>
        <translation>No hay ninguna impresora configurada en este ordenador. Añada una impresora en la configuración del sistema o imprima en un archivo PDF.</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/pdf_view.py" line="210"/>
        <source>Printing on {printer} could not start. Check that the printer is connected and switched on, or choose another printer.</source>
        <translation>No se ha podido empezar a imprimir en {printer}. Compruebe que la impresora está conectada y encendida, o elija otra impresora.</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/pdf_view.py" line="233"/>
        <source>The printer stopped after page {page}. Check the printer and print again.</source>
        <translation>La impresora se ha detenido después de la página {page}. Revise la impresora y vuelva a imprimir.</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/pdf_view.py" line="593"/>
        <source>The file {path} could not be written: {reason}. Choose another folder.</source>
        <translation>No se ha podido escribir el archivo {path}: {reason}. Elija otra carpeta.</translation>
    </message>
</context>
<context>
    <name>PdfViewDialog</name>
    <message>
        <location filename="../vetdesk/ui/pdf_view.py" line="344"/>
        <source>document.pdf</source>
        <translation>documento.pdf</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/pdf_view.py" line="354"/>
        <source>Zoom out</source>
        <translation>Reducir</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/pdf_view.py" line="359"/>
        <source>Zoom in</source>
        <translation>Ampliar</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/pdf_view.py" line="360"/>
        <source>Fit width</source>
        <translation>Ajustar al ancho</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/pdf_view.py" line="361"/>
        <source>Print preview…</source>
        <translation>Vista previa de impresión…</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/pdf_view.py" line="362"/>
        <source>Print…</source>
        <translation>Imprimir…</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/pdf_view.py" line="363"/>
        <source>Save as…</source>
        <translation>Guardar como…</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/pdf_view.py" line="497"/>
        <source>{percent}%</source>
        <translation>{percent} %</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/pdf_view.py" line="543"/>
        <source>The document was printed to the file {path}.</source>
        <translation>El documento se ha impreso en el archivo {path}.</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/pdf_view.py" line="546"/>
        <source>The document was sent to the printer {printer}.</source>
        <translation>El documento se ha enviado a la impresora {printer}.</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/pdf_view.py" line="571"/>
        <source>Save the document as</source>
        <translation>Guardar el documento como</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/pdf_view.py" line="572"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/pdf_view.py" line="596"/>
        <source>The document was saved as {path}.</source>
        <translation>El documento se ha guardado como {path}.</translation>
    </message>
</context>
<context>
    <name>PetDialog</name>
    <message>
        <location filename="../vetdesk/ui/pet_dialogs.py" line="27"/>
        <source>New pet</source>
        <translation>Nueva mascota</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/pet_dialogs.py" line="39"/>
        <source>Unknown</source>
        <translation>Desconocido</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/pet_dialogs.py" line="40"/>
        <source>Male</source>
        <translation>Macho</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/pet_dialogs.py" line="41"/>
        <source>Female</source>
        <translation>Hembra</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/pet_dialogs.py" line="44"/>
        <source>dd/mm/yyyy</source>
        <translation>dd/mm/aaaa</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/pet_dialogs.py" line="47"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/pet_dialogs.py" line="48"/>
        <source>Species</source>
        <translation>Especie</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/pet_dialogs.py" line="49"/>
        <source>Breed</source>
        <translation>Raza</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/pet_dialogs.py" line="50"/>
        <source>Sex</source>
        <translation>Sexo</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/pet_dialogs.py" line="51"/>
        <source>Birth date</source>
        <translation>Fecha de nacimiento</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/pet_dialogs.py" line="52"/>
        <source>Microchip</source>
        <translation>Microchip</translation>
    </message>
</context>
<context>
    <name>PetPane</name>
    <message>
        <location filename="../vetdesk/ui/pet_pane.py" line="39"/>
        <source>Pets</source>
        <translation>Mascotas</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/pet_pane.py" line="56"/>
        <source>Open this owner</source>
        <translation>Abrir este propietario</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/pet_pane.py" line="60"/>
        <source>New pet…</source>
        <translation>Nueva mascota…</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/pet_pane.py" line="63"/>
        <source>Add co-owner…</source>
        <translation>Añadir copropietario…</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/pet_pane.py" line="76"/>
        <source>Other owners of this pet:</source>
        <translation>Otros propietarios de esta mascota:</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/pet_pane.py" line="87"/>
        <location filename="../vetdesk/ui/pet_pane.py" line="126"/>
        <source> (co-owner)</source>
        <translation> (copropietario)</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/pet_pane.py" line="112"/>
        <source>No pet chosen.</source>
        <translation>No se ha elegido ninguna mascota.</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/pet_pane.py" line="112"/>
        <source>This client has no pets.</source>
        <translation>Este cliente no tiene mascotas.</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/pet_pane.py" line="116"/>
        <source>male</source>
        <translation>macho</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/pet_pane.py" line="116"/>
        <source>female</source>
        <translation>hembra</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/pet_pane.py" line="118"/>
        <source>Species: {value}</source>
        <translation>Especie: {value}</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/pet_pane.py" line="119"/>
        <source>Breed: {value}</source>
        <translation>Raza: {value}</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/pet_pane.py" line="120"/>
        <source>Sex: {value}</source>
        <translation>Sexo: {value}</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/pet_pane.py" line="121"/>
        <source>Born: {value}</source>
        <translation>Nacimiento: {value}</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/pet_pane.py" line="122"/>
        <source>Microchip: {value}</source>
        <translation>Microchip: {value}</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/pet_pane.py" line="126"/>
        <source> (responsible)</source>
        <translation> (responsable)</translation>
    </message>
</context>
<context>
    <name>PlannedRemindersModel</name>
    <message>
        <location filename="../vetdesk/ui/reminders_dialog.py" line="225"/>
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/reminders_dialog.py" line="225"/>
        <source>Level</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/reminders_dialog.py" line="225"/>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/reminders_dialog.py" line="225"/>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/reminders_dialog.py" line="226"/>
        <source>Oldest due date</source>
        <translation>Vencimiento más antiguo</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/reminders_dialog.py" line="226"/>
        <source>Items</source>
        <translation>Conceptos</translation>
    </message>
</context>
<context>
    <name>ReminderCopyDialog</name>
    <message>
        <location filename="../vetdesk/ui/reminder_history.py" line="244"/>
        <source>{channel} to {name}, level {level}</source>
        <translation>{channel} para {name}, nivel {level}</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/reminder_history.py" line="250"/>
        <source>To:</source>
        <translation>Para:</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/reminder_history.py" line="252"/>
        <source>Subject:</source>
        <translation>Asunto:</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/reminder_history.py" line="257"/>
        <source>{status} on {date} at {time}</source>
        <translation>{status} el {date} a las {time}</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/reminder_history.py" line="261"/>
        <source>Status:</source>
        <translation>Estado:</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/reminder_history.py" line="268"/>
        <source>View attached letter…</source>
        <translation>Ver la carta adjunta…</translation>
    </message>
</context>
<context>
    <name>ReminderEditor</name>
    <message>
        <location filename="../vetdesk/ui/reminders_dialog.py" line="316"/>
        <source>Reminder</source>
        <translation>Recordatorio</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/reminders_dialog.py" line="324"/>
        <source>Subject</source>
        <translation>Asunto</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/reminders_dialog.py" line="339"/>
        <source>Changes not saved</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/reminders_dialog.py" line="343"/>
        <source>Save text</source>
        <translation>Guardar el texto</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/reminders_dialog.py" line="346"/>
        <source>Undo changes</source>
        <translation>Deshacer los cambios</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/reminders_dialog.py" line="349"/>
        <source>View letter…</source>
        <translation>Ver la carta…</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/reminders_dialog.py" line="354"/>
        <source>It went out</source>
        <translation>Sí se envió</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/reminders_dialog.py" line="357"/>
        <source>It did not go out</source>
        <translation>No se envió</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/reminders_dialog.py" line="404"/>
        <source>The letter is attached to the email as a PDF.</source>
        <translation>La carta se adjunta al correo electrónico en PDF.</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/reminders_dialog.py" line="406"/>
        <source>Choose a reminder in the queue.</source>
        <translation>Elija un recordatorio de la cola.</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/reminders_dialog.py" line="412"/>
        <source>{name} · {level} · {channel} to {recipient} · {amount}</source>
        <translation>{name} · {level} · {channel} a {recipient} · {amount}</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/reminders_dialog.py" line="418"/>
        <source>{date} {description}: {amount}</source>
        <translation>{date} {description}: {amount}</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/reminders_dialog.py" line="422"/>
        <source>Last attempt failed: {error}</source>
        <translation>El último intento ha fallado: {error}</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/reminders_dialog.py" line="424"/>
        <source>This reminder cannot be edited any more: {status}.</source>
        <translation>Este recordatorio ya no se puede editar: {status}.</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/reminders_dialog.py" line="454"/>
        <source>{characters} characters · {segments} SMS</source>
        <translation>{characters} caracteres · {segments} SMS</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/reminders_dialog.py" line="457"/>
        <source>(with accented letters: 70 characters per SMS, 67 each when split)</source>
        <translation>(con letras acentuadas: 70 caracteres por SMS, 67 por SMS si el texto se divide)</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/reminders_dialog.py" line="467"/>
        <source>These words can hurt or threaten the client:</source>
        <translation>Estas palabras pueden ofender o intimidar al cliente:</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/reminders_dialog.py" line="470"/>
        <source>«{found}»: write “{suggestion}” instead</source>
        <translation>«{found}»: escriba «{suggestion}» en su lugar</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/reminders_dialog.py" line="473"/>
        <source>«{found}»: leave it out</source>
        <translation>«{found}»: elimínela</translation>
    </message>
</context>
<context>
    <name>ReminderHistory</name>
    <message>
        <location filename="../vetdesk/ui/reminder_history.py" line="314"/>
        <source>No reminders were prepared for this client.</source>
        <translation>No se ha preparado ningún recordatorio para este cliente.</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/reminder_history.py" line="317"/>
        <source>View copy…</source>
        <translation>Ver la copia…</translation>
    </message>
</context>
<context>
    <name>ReminderHistoryModel</name>
    <message>
        <location filename="../vetdesk/ui/reminder_history.py" line="199"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/reminder_history.py" line="199"/>
        <source>Level</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/reminder_history.py" line="199"/>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/reminder_history.py" line="199"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/reminder_history.py" line="199"/>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/reminder_history.py" line="200"/>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/reminder_history.py" line="226"/>
        <source>Prepared for {date}</source>
        <translation>Preparado para el {date}</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/reminder_history.py" line="228"/>
        <source>Sent at {moment} to {recipient}</source>
        <translation>Enviado el {moment} a {recipient}</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/reminder_history.py" line="231"/>
        <source>Text edited by {who}</source>
        <translation>Texto modificado por {who}</translation>
    </message>
</context>
<context>
    <name>ReminderLabels</name>
    <message>
        <location filename="../vetdesk/services/decisions.py" line="273"/>
        <location filename="../vetdesk/ui/reminder_history.py" line="67"/>
        <source>Friendly (1)</source>
        <translation>Amistoso (1)</translation>
    </message>
    <message>
        <location filename="../vetdesk/services/decisions.py" line="274"/>
        <location filename="../vetdesk/ui/reminder_history.py" line="68"/>
        <source>Second (2)</source>
        <translation>Segundo (2)</translation>
    </message>
    <message>
        <location filename="../vetdesk/services/decisions.py" line="275"/>
        <location filename="../vetdesk/ui/reminder_history.py" line="69"/>
        <source>Formal (3)</source>
        <translation>Formal (3)</translation>
    </message>
    <message>
        <location filename="../vetdesk/services/decisions.py" line="276"/>
        <location filename="../vetdesk/ui/reminder_history.py" line="70"/>
        <source>Pre-legal (4)</source>
        <translation>Prejudicial (4)</translation>
    </message>
    <message>
        <location filename="../vetdesk/services/decisions.py" line="278"/>
        <location filename="../vetdesk/ui/reminder_history.py" line="72"/>
        <source>Level {level}</source>
        <translation>Nivel {level}</translation>
    </message>
    <message>
        <location filename="../vetdesk/services/decisions.py" line="280"/>
        <location filename="../vetdesk/ui/reminder_history.py" line="77"/>
        <source>Letter</source>
        <translation>Carta</translation>
    </message>
    <message>
        <location filename="../vetdesk/services/decisions.py" line="281"/>
        <location filename="../vetdesk/ui/reminder_history.py" line="78"/>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <location filename="../vetdesk/services/decisions.py" line="282"/>
        <location filename="../vetdesk/ui/reminder_history.py" line="79"/>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <location filename="../vetdesk/services/decisions.py" line="285"/>
        <location filename="../vetdesk/ui/reminder_history.py" line="86"/>
        <source>Prepared</source>
        <translation>Preparado</translation>
    </message>
    <message>
        <location filename="../vetdesk/services/decisions.py" line="286"/>
        <location filename="../vetdesk/ui/reminder_history.py" line="87"/>
        <source>Approved</source>
        <translation>Aprobado</translation>
    </message>
    <message>
        <location filename="../vetdesk/services/decisions.py" line="287"/>
        <location filename="../vetdesk/ui/reminder_history.py" line="88"/>
        <source>Skipped</source>
        <translation>Omitido</translation>
    </message>
    <message>
        <location filename="../vetdesk/services/decisions.py" line="288"/>
        <location filename="../vetdesk/ui/reminder_history.py" line="89"/>
        <source>Uncertain</source>
        <translation>Incierto</translation>
    </message>
    <message>
        <location filename="../vetdesk/services/decisions.py" line="289"/>
        <location filename="../vetdesk/ui/reminder_history.py" line="90"/>
        <source>Sent</source>
        <translation>Enviado</translation>
    </message>
    <message>
        <location filename="../vetdesk/services/decisions.py" line="290"/>
        <location filename="../vetdesk/ui/reminder_history.py" line="91"/>
        <source>Failed</source>
        <translation>Fallido</translation>
    </message>
    <message>
        <location filename="../vetdesk/services/decisions.py" line="291"/>
        <location filename="../vetdesk/ui/reminder_history.py" line="92"/>
        <source>Withdrawn (paid)</source>
        <translation>Retirado (pagado)</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/reminder_history.py" line="100"/>
        <source>Sending started but its end was not recorded, so this reminder may have gone out. It is not sent again automatically: check with the client before sending another one.</source>
        <translation>El envío empezó, pero no consta que terminara, así que es posible que este recordatorio haya salido. No se vuelve a enviar automáticamente: consúltelo con el cliente antes de enviar otro.</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/reminder_history.py" line="104"/>
        <source>Sending failed: {error}
Approve it again, or send the approved reminders, to retry.</source>
        <translation>El envío ha fallado: {error}
Para volver a intentarlo, apruébelo de nuevo o envíe los recordatorios aprobados.</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/reminder_history.py" line="108"/>
        <source>The client paid, or the debt changed, before this reminder went out, so it was not sent.</source>
        <translation>El cliente pagó, o la deuda cambió, antes de que saliera este recordatorio, así que no se envió.</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/reminder_history.py" line="149"/>
        <source>Reminder letter to {name}, level {level}</source>
        <translation>Carta de recordatorio para {name}, nivel {level}</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/reminder_history.py" line="151"/>
        <source>reminder-{id}.pdf</source>
        <translation>recordatorio-{id}.pdf</translation>
    </message>
</context>
<context>
    <name>ReminderLetter</name>
    <message>
        <location filename="../vetdesk/documents/reminder_letter.py" line="75"/>
        <source>Letter {reference}</source>
        <translation>Carta {reference}</translation>
    </message>
    <message>
        <location filename="../vetdesk/documents/reminder_letter.py" line="76"/>
        <source>Letters</source>
        <translation>Cartas</translation>
    </message>
    <message>
        <location filename="../vetdesk/documents/reminder_letter.py" line="77"/>
        <source>Reference {reference} · Page {page} of {pages}</source>
        <translation>Referencia {reference} · Página {page} de {pages}</translation>
    </message>
    <message>
        <location filename="../vetdesk/documents/reminder_letter.py" line="78"/>
        <source>Sent by burofax / certified post</source>
        <translation>Enviada por burofax / correo certificado</translation>
    </message>
    <message>
        <location filename="../vetdesk/documents/reminder_letter.py" line="79"/>
        <source>CIF/NIF {value}</source>
        <translation>CIF/NIF {value}</translation>
    </message>
    <message>
        <location filename="../vetdesk/documents/reminder_letter.py" line="80"/>
        <source>Tel. {value}</source>
        <translation>Tel. {value}</translation>
    </message>
    <message>
        <location filename="../vetdesk/documents/reminder_letter.py" line="82"/>
        <source>Payment reminder</source>
        <translation>Recordatorio de pago</translation>
    </message>
    <message>
        <location filename="../vetdesk/documents/reminder_letter.py" line="83"/>
        <source>Second payment reminder</source>
        <translation>Segundo recordatorio de pago</translation>
    </message>
    <message>
        <location filename="../vetdesk/documents/reminder_letter.py" line="84"/>
        <source>Formal request for payment</source>
        <translation>Requerimiento de pago</translation>
    </message>
    <message>
        <location filename="../vetdesk/documents/reminder_letter.py" line="85"/>
        <source>Proposal to settle the amount owed</source>
        <translation>Propuesta para saldar el importe pendiente</translation>
    </message>
    <message>
        <location filename="../vetdesk/documents/reminder_letter.py" line="88"/>
        <source>Reminder: instalment of payment agreement {number}</source>
        <translation>Recordatorio: plazo del acuerdo de pago {number}</translation>
    </message>
    <message>
        <location filename="../vetdesk/documents/reminder_letter.py" line="89"/>
        <source>Second reminder: instalments of payment agreement {number}</source>
        <translation>Segundo recordatorio: plazos del acuerdo de pago {number}</translation>
    </message>
    <message>
        <location filename="../vetdesk/documents/reminder_letter.py" line="90"/>
        <source>Formal request for payment: payment agreement {number}</source>
        <translation>Requerimiento de pago: acuerdo de pago {number}</translation>
    </message>
    <message>
        <location filename="../vetdesk/documents/reminder_letter.py" line="91"/>
        <source>Proposal to settle payment agreement {number}</source>
        <translation>Propuesta para saldar el acuerdo de pago {number}</translation>
    </message>
    <message>
        <location filename="../vetdesk/documents/reminder_letter.py" line="93"/>
        <source>Due date</source>
        <translation>Vencimiento</translation>
    </message>
    <message>
        <location filename="../vetdesk/documents/reminder_letter.py" line="94"/>
        <source>Description</source>
        <translation>Concepto</translation>
    </message>
    <message>
        <location filename="../vetdesk/documents/reminder_letter.py" line="95"/>
        <source>Amount owed</source>
        <translation>Importe pendiente</translation>
    </message>
    <message>
        <location filename="../vetdesk/documents/reminder_letter.py" line="96"/>
        <source>Total owed</source>
        <translation>Total pendiente</translation>
    </message>
    <message>
        <location filename="../vetdesk/documents/reminder_letter.py" line="97"/>
        <source>How to pay</source>
        <translation>Cómo pagar</translation>
    </message>
    <message>
        <location filename="../vetdesk/documents/reminder_letter.py" line="98"/>
        <source>By bank transfer to the account {iban}, giving the reference {reference}.</source>
        <translation>Por transferencia bancaria a la cuenta {iban}, indicando la referencia {reference}.</translation>
    </message>
    <message>
        <location filename="../vetdesk/documents/reminder_letter.py" line="100"/>
        <source>By Bizum to {phone}, giving the reference {reference}.</source>
        <translation>Por Bizum al {phone}, indicando la referencia {reference}.</translation>
    </message>
    <message>
        <location filename="../vetdesk/documents/reminder_letter.py" line="101"/>
        <source>At the clinic&apos;s front desk.</source>
        <translation>En el mostrador de la clínica.</translation>
    </message>
    <message>
        <location filename="../vetdesk/documents/reminder_letter.py" line="102"/>
        <source>Would you rather pay in instalments?</source>
        <translation>¿Prefiere pagar a plazos?</translation>
    </message>
    <message>
        <location filename="../vetdesk/documents/reminder_letter.py" line="103"/>
        <source>We can agree a payment plan with you that suits your means. Call or write to us and we will prepare it together.</source>
        <translation>Podemos acordar con usted un plan de pagos que se ajuste a sus posibilidades. Llámenos o escríbanos y lo preparamos juntos.</translation>
    </message>
    <message>
        <location filename="../vetdesk/documents/reminder_letter.py" line="107"/>
        <source>If you have any questions, call us on {phone} or write to us at {email}.</source>
        <translation>Para cualquier duda, puede llamarnos al {phone} o escribirnos a {email}.</translation>
    </message>
    <message>
        <location filename="../vetdesk/documents/reminder_letter.py" line="109"/>
        <source>If you have any questions, call us on {phone}.</source>
        <translation>Para cualquier duda, puede llamarnos al {phone}.</translation>
    </message>
    <message>
        <location filename="../vetdesk/documents/reminder_letter.py" line="110"/>
        <source>If you have any questions, write to us at {email}.</source>
        <translation>Para cualquier duda, puede escribirnos a {email}.</translation>
    </message>
    <message>
        <location filename="../vetdesk/documents/reminder_letter.py" line="111"/>
        <source>Yours sincerely,</source>
        <translation>Atentamente,</translation>
    </message>
    <message>
        <location filename="../vetdesk/documents/reminder_letter.py" line="113"/>
        <source>Envelope window calibration</source>
        <translation>Calibración de la ventana del sobre</translation>
    </message>
    <message>
        <location filename="../vetdesk/documents/reminder_letter.py" line="114"/>
        <source>The address is printed here</source>
        <translation>Aquí se imprime la dirección</translation>
    </message>
    <message>
        <location filename="../vetdesk/documents/reminder_letter.py" line="115"/>
        <source>Left {left} mm · top {top} mm</source>
        <translation>Izquierda {left} mm · arriba {top} mm</translation>
    </message>
    <message>
        <location filename="../vetdesk/documents/reminder_letter.py" line="116"/>
        <source>Width {width} mm · height {height} mm</source>
        <translation>Anchura {width} mm · altura {height} mm</translation>
    </message>
    <message>
        <location filename="../vetdesk/documents/reminder_letter.py" line="117"/>
        <source>Print on plain paper at 100 % (no scaling), fold it into the envelope and check that the frame falls inside the window; adjust the values in Settings → Messages.</source>
        <translation>Imprima esta página en papel normal al 100 % (sin ajustar a la página), dóblela, métala en el sobre y compruebe que el marco queda dentro de la ventana; si no, ajuste los valores en Ajustes → Mensajes.</translation>
    </message>
    <message>
        <location filename="../vetdesk/documents/reminder_letter.py" line="121"/>
        <source>Current values of the window:</source>
        <translation>Valores actuales de la ventana:</translation>
    </message>
    <message>
        <location filename="../vetdesk/documents/reminder_letter.py" line="122"/>
        <source>Left: {value} mm from the left edge of the sheet</source>
        <translation>Izquierda: {value} mm desde el borde izquierdo de la hoja</translation>
    </message>
    <message>
        <location filename="../vetdesk/documents/reminder_letter.py" line="123"/>
        <source>Top: {value} mm from the top edge of the sheet</source>
        <translation>Arriba: {value} mm desde el borde superior de la hoja</translation>
    </message>
    <message>
        <location filename="../vetdesk/documents/reminder_letter.py" line="124"/>
        <source>Width: {value} mm</source>
        <translation>Anchura: {value} mm</translation>
    </message>
    <message>
        <location filename="../vetdesk/documents/reminder_letter.py" line="125"/>
        <source>Height: {value} mm</source>
        <translation>Altura: {value} mm</translation>
    </message>
    <message>
        <location filename="../vetdesk/documents/reminder_letter.py" line="126"/>
        <source>The solid frame is the window. The address is printed inside the dotted frame, {padding} mm from the window&apos;s edges. The rulers along the top and left edges of the sheet are in millimetres.</source>
        <translation>El marco continuo es la ventana. La dirección se imprime dentro del marco de puntos, a {padding} mm de los bordes de la ventana. Las reglas de los bordes superior e izquierdo de la hoja están en milímetros.</translation>
    </message>
    <message>
        <location filename="../vetdesk/documents/reminder_letter.py" line="130"/>
        <source>This line is 100 mm long. If it measures less, the printer scaled the page.</source>
        <translation>Esta línea mide 100 mm. Si mide menos, la impresora ha reducido la página.</translation>
    </message>
    <message>
        <location filename="../vetdesk/documents/reminder_letter.py" line="209"/>
        <source>The envelope window of {width} × {height} mm is too small for an address. Make it at least {min_width} × {min_height} mm in Settings → Messages.</source>
        <translation>La ventana del sobre, de {width} × {height} mm, es demasiado pequeña para una dirección. Hágala de al menos {min_width} × {min_height} mm en Ajustes → Mensajes.</translation>
    </message>
    <message>
        <location filename="../vetdesk/documents/reminder_letter.py" line="215"/>
        <source>The envelope window, {left} mm from the left and {width} mm wide, does not fit the {page} mm width of the sheet. Correct it in Settings → Messages.</source>
        <translation>La ventana del sobre, a {left} mm de la izquierda y de {width} mm de ancho, no cabe en los {page} mm de ancho de la hoja. Corríjala en Ajustes → Mensajes.</translation>
    </message>
    <message>
        <location filename="../vetdesk/documents/reminder_letter.py" line="221"/>
        <source>The envelope window, {top} mm from the top and {height} mm high, must lie between {min_top} mm and {max_bottom} mm from the top of the sheet. Correct it in Settings → Messages.</source>
        <translation>La ventana del sobre, a {top} mm del borde superior y de {height} mm de alto, debe quedar entre {min_top} mm y {max_bottom} mm del borde superior de la hoja. Corríjala en Ajustes → Mensajes.</translation>
    </message>
    <message>
        <location filename="../vetdesk/documents/reminder_letter.py" line="227"/>
        <source>The envelope window leaves less than {minimum} mm beside it for the clinic&apos;s letterhead. Move it towards one side of the sheet in Settings → Messages.</source>
        <translation>La ventana del sobre deja menos de {minimum} mm a su lado para el membrete de la clínica. Desplácela hacia un lado de la hoja en Ajustes → Mensajes.</translation>
    </message>
    <message>
        <location filename="../vetdesk/documents/reminder_letter.py" line="295"/>
        <source>The letter {reference} has no postal address for {name}. Add the address to the client&apos;s details, or send this reminder another way.</source>
        <translation>La carta {reference} no tiene dirección postal de {name}. Añada la dirección en los datos del cliente o envíe este recordatorio por otra vía.</translation>
    </message>
    <message>
        <location filename="../vetdesk/documents/reminder_letter.py" line="496"/>
        <source>The address of {name} takes {lines} lines, but the envelope window has room for {room}. Shorten the address, or make the window larger in Settings → Messages.</source>
        <translation>La dirección de {name} ocupa {lines} líneas, pero en la ventana del sobre caben {room}. Acorte la dirección o agrande la ventana en Ajustes → Mensajes.</translation>
    </message>
</context>
<context>
    <name>ReminderQueueModel</name>
    <message>
        <location filename="../vetdesk/ui/reminders_dialog.py" line="142"/>
        <source>Tick the reminders to approve, skip or send</source>
        <translation>Marque los recordatorios que quiera aprobar, omitir o enviar</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/reminders_dialog.py" line="145"/>
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/reminders_dialog.py" line="145"/>
        <source>Level</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/reminders_dialog.py" line="145"/>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/reminders_dialog.py" line="145"/>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/reminders_dialog.py" line="145"/>
        <source>Recipient</source>
        <translation>Destinatario</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/reminders_dialog.py" line="146"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/reminders_dialog.py" line="146"/>
        <source>Attempts</source>
        <translation>Intentos</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/reminders_dialog.py" line="146"/>
        <source>Last error</source>
        <translation>Último error</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/reminders_dialog.py" line="167"/>
        <source>Select the reminder to {name}</source>
        <translation>Seleccionar el recordatorio para {name}</translation>
    </message>
</context>
<context>
    <name>ReminderTemplates</name>
    <message>
        <location filename="../vetdesk/domain/reminder_templates.py" line="149"/>
        <source>The text has {length} characters; the maximum is {maximum}. Shorten it.</source>
        <translation>El texto tiene {length} caracteres; el máximo es {maximum}. Acórtelo.</translation>
    </message>
    <message>
        <location filename="../vetdesk/domain/reminder_templates.py" line="159"/>
        <source>The text has a brace without its pair near &quot;{excerpt}&quot;. Write placeholders as {example}, and type {{ or }} for a brace of its own.</source>
        <translation>El texto tiene una llave sin su pareja cerca de «{excerpt}». Escriba los marcadores como {example}, y escriba {{ o }} para poner una llave suelta.</translation>
    </message>
    <message>
        <location filename="../vetdesk/domain/reminder_templates.py" line="165"/>
        <source>The placeholder {placeholder} is not known. Use only these: {allowed}.</source>
        <translation>El marcador {placeholder} es desconocido. Use solo estos: {allowed}.</translation>
    </message>
    <message>
        <location filename="../vetdesk/domain/reminder_templates.py" line="169"/>
        <source>The subject shows {placeholder}, which would tell anyone who sees the inbox about the debt. Leave it out of the subject.</source>
        <translation>El asunto muestra {placeholder}, lo que revelaría la deuda a cualquiera que vea la bandeja de entrada. Quítelo del asunto.</translation>
    </message>
    <message>
        <location filename="../vetdesk/domain/reminder_templates.py" line="205"/>
        <source>The text message shows {placeholder} in its first {count} characters, which a locked phone displays. Move it further on.</source>
        <translation>El SMS muestra {placeholder} en sus primeros {count} caracteres, que se ven aunque el teléfono esté bloqueado. Páselo más adelante en el texto.</translation>
    </message>
    <message>
        <location filename="../vetdesk/domain/reminder_templates.py" line="216"/>
        <source>The subject contains &quot;{word}&quot;, which would tell anyone who sees the inbox about the debt. Write a neutral subject, such as &quot;{example}&quot;.</source>
        <translation>El asunto contiene «{word}», lo que revelaría la deuda a cualquiera que vea la bandeja de entrada. Escriba un asunto neutro, como «{example}».</translation>
    </message>
    <message>
        <location filename="../vetdesk/domain/reminder_templates.py" line="221"/>
        <source>The text message contains &quot;{word}&quot; in its first {count} characters, which a locked phone displays. Start with a greeting and the clinic&apos;s name instead.</source>
        <translation>El SMS contiene «{word}» en sus primeros {count} caracteres, que se ven aunque el teléfono esté bloqueado. Empiece en su lugar con un saludo y el nombre de la clínica.</translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message>
        <location filename="../vetdesk/domain/reminders.py" line="64"/>
        <source>Set at least one reminder level.</source>
        <translation>Configure al menos un nivel de aviso.</translation>
    </message>
    <message>
        <location filename="../vetdesk/domain/reminders.py" line="67"/>
        <source>Reminder level {level} is out of order. Number the levels 1, 2, 3… in order.</source>
        <translation>El nivel de aviso {level} no está en su orden. Numere los niveles 1, 2, 3… por orden.</translation>
    </message>
    <message>
        <location filename="../vetdesk/domain/reminders.py" line="71"/>
        <source>Level {level} starts {days} days after the due date. Use 1 day or more.</source>
        <translation>El nivel {level} empieza {days} días después del vencimiento. Use 1 día o más.</translation>
    </message>
    <message>
        <location filename="../vetdesk/domain/reminders.py" line="76"/>
        <source>Level {level} starts at {days} days, not later than level {previous}. Give each level more days than the one before.</source>
        <translation>El nivel {level} empieza a los {days} días, no más tarde que el nivel {previous}. Dé a cada nivel más días que al anterior.</translation>
    </message>
    <message>
        <location filename="../vetdesk/services/reminders.py" line="322"/>
        <source>The run date {date} is in the future. Run the reminders for today or an earlier day.</source>
        <translation>La fecha de preparación {date} es futura. Prepare los recordatorios de hoy o de un día anterior.</translation>
    </message>
    <message>
        <location filename="../vetdesk/services/reminders.py" line="328"/>
        <source>The reminders were already run for {last}, after {date}. Run them for {last} or a later day.</source>
        <translation>Los recordatorios ya se prepararon para el {last}, posterior al {date}. Prepárelos para el {last} o un día posterior.</translation>
    </message>
    <message>
        <location filename="../vetdesk/services/reminders.py" line="496"/>
        <source>The text uses words that can hurt or threaten the client: {terms}. Rewrite them, or ask a manager to send it anyway.</source>
        <translation>El texto usa palabras que pueden ofender o intimidar al cliente: {terms}. Cámbielas o pida a un responsable que lo envíe de todos modos.</translation>
    </message>
    <message>
        <location filename="../vetdesk/services/reminders.py" line="503"/>
        <source>The reminder&apos;s text is empty. Write the message or skip it.</source>
        <translation>El texto del recordatorio está vacío. Escriba el mensaje u omita el recordatorio.</translation>
    </message>
    <message>
        <location filename="../vetdesk/services/reminders.py" line="507"/>
        <source>Reminder number {id} was sent or taken out of the queue, so it cannot be edited.</source>
        <translation>El recordatorio número {id} ya se ha enviado o ha salido de la cola, así que no se puede editar.</translation>
    </message>
    <message>
        <location filename="../vetdesk/services/reminders.py" line="591"/>
        <source>Reminder number {id} was not found.</source>
        <translation>No se ha encontrado el recordatorio número {id}.</translation>
    </message>
    <message>
        <location filename="../vetdesk/services/reminders.py" line="664"/>
        <source>No SMS gateway is set up. Fill in Settings → Messages, or send this reminder as a letter.</source>
        <translation>No hay ninguna pasarela SMS configurada. Rellene Ajustes → Mensajes o envíe este recordatorio por carta.</translation>
    </message>
    <message>
        <location filename="../vetdesk/services/reminders.py" line="673"/>
        <source>No email server is set up. Fill in Settings → Messages, or send this reminder as a letter.</source>
        <translation>No hay ningún servidor de correo configurado. Rellene Ajustes → Mensajes o envíe este recordatorio por carta.</translation>
    </message>
    <message>
        <location filename="../vetdesk/services/reminders.py" line="713"/>
        <source>Reminder number {id} is not waiting for a decision on whether it was sent.</source>
        <translation>El recordatorio número {id} no está pendiente de confirmar si se envió.</translation>
    </message>
</context>
<context>
    <name>RemindersCommand</name>
    <message>
        <location filename="../vetdesk/commands/reminders_command.py" line="25"/>
        <source>letter</source>
        <translation>carta</translation>
    </message>
    <message>
        <location filename="../vetdesk/commands/reminders_command.py" line="26"/>
        <source>email</source>
        <translation>correo electrónico</translation>
    </message>
    <message>
        <location filename="../vetdesk/commands/reminders_command.py" line="27"/>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <location filename="../vetdesk/commands/reminders_command.py" line="78"/>
        <source>The reminders for {date} were already prepared; nothing new was created.</source>
        <translation>Los recordatorios del {date} ya se prepararon; no se ha creado nada nuevo.</translation>
    </message>
    <message>
        <location filename="../vetdesk/commands/reminders_command.py" line="84"/>
        <source>{client}: level {level} by {channel}, {amount}</source>
        <translation>{client}: nivel {level} por {channel}, {amount}</translation>
    </message>
    <message>
        <location filename="../vetdesk/commands/reminders_command.py" line="90"/>
        <source>Dry run for {date}: {count} reminders would be prepared; nothing was stored.</source>
        <translation>Simulación del {date}. Recordatorios que se prepararían: {count}. No se ha guardado nada.</translation>
    </message>
    <message>
        <location filename="../vetdesk/commands/reminders_command.py" line="94"/>
        <source>{count} reminders prepared for {date}. Review and send them in the reminders queue.</source>
        <translation>Recordatorios preparados para el {date}: {count}. Revíselos y envíelos desde la cola de recordatorios.</translation>
    </message>
</context>
<context>
    <name>RemindersDialog</name>
    <message>
        <location filename="../vetdesk/ui/reminders_dialog.py" line="491"/>
        <source>Reminders</source>
        <translation>Recordatorios</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/reminders_dialog.py" line="508"/>
        <source>Preview (dry run)</source>
        <translation>Vista previa (simulación)</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/reminders_dialog.py" line="509"/>
        <source>Prepare reminders</source>
        <translation>Preparar recordatorios</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/reminders_dialog.py" line="510"/>
        <source>Reminders for</source>
        <translation>Recordatorios del día</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/reminders_dialog.py" line="541"/>
        <source>Approve selected</source>
        <translation>Aprobar seleccionados</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/reminders_dialog.py" line="542"/>
        <source>Skip selected…</source>
        <translation>Omitir seleccionados…</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/reminders_dialog.py" line="543"/>
        <source>Send approved</source>
        <translation>Enviar aprobados</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/reminders_dialog.py" line="544"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/reminders_dialog.py" line="582"/>
        <source>Select all</source>
        <translation>Seleccionar todos</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/reminders_dialog.py" line="605"/>
        <source>Back to the queue</source>
        <translation>Volver a la cola</translation>
    </message>
    <message numerus="yes">
        <location filename="../vetdesk/ui/reminders_dialog.py" line="644"/>
        <source>%n reminder(s) in the queue</source>
        <translation>
            <numerusform>%n recordatorio en la cola</numerusform>
            <numerusform>%n recordatorios en la cola</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/reminders_dialog.py" line="744"/>
        <source>The reminders for {date} were already prepared; preparing them again creates nothing new.</source>
        <translation>Los recordatorios del {date} ya se prepararon; si se vuelven a preparar, no se crea nada nuevo.</translation>
    </message>
    <message numerus="yes">
        <location filename="../vetdesk/ui/reminders_dialog.py" line="750"/>
        <source>%n reminder(s) would be prepared for {date}. Nothing was stored.</source>
        <translation>
            <numerusform>Se prepararía %n recordatorio para el {date}. No se ha guardado nada.</numerusform>
            <numerusform>Se prepararían %n recordatorios para el {date}. No se ha guardado nada.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/reminders_dialog.py" line="753"/>
        <location filename="../vetdesk/ui/reminders_dialog.py" line="771"/>
        <source>No client needs a reminder on {date}.</source>
        <translation>Ningún cliente necesita un recordatorio el {date}.</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/reminders_dialog.py" line="765"/>
        <source>The reminders for {date} were already prepared; nothing new was created.</source>
        <translation>Los recordatorios del {date} ya se prepararon; no se ha creado nada nuevo.</translation>
    </message>
    <message numerus="yes">
        <location filename="../vetdesk/ui/reminders_dialog.py" line="768"/>
        <source>%n reminder(s) prepared for {date}.</source>
        <translation>
            <numerusform>%n recordatorio preparado para el {date}.</numerusform>
            <numerusform>%n recordatorios preparados para el {date}.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/reminders_dialog.py" line="825"/>
        <source>Send anyway?</source>
        <translation>¿Enviar de todos modos?</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/reminders_dialog.py" line="826"/>
        <source>The text for {name} uses words that can hurt or threaten the client: {words}. Send it anyway? Your name is recorded with this choice.</source>
        <translation>El texto para {name} usa palabras que pueden ofender o intimidar al cliente: {words}. ¿Enviarlo de todos modos? Su nombre queda registrado con esta decisión.</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/reminders_dialog.py" line="830"/>
        <source>Send anyway</source>
        <translation>Enviar de todos modos</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/reminders_dialog.py" line="845"/>
        <source>The text of the reminder to {name} was saved.</source>
        <translation>Se ha guardado el texto del recordatorio para {name}.</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/reminders_dialog.py" line="869"/>
        <source>The letter shows the saved text. Save your changes to see them in the letter.</source>
        <translation>La carta muestra el texto guardado. Guarde sus cambios para verlos en la carta.</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/reminders_dialog.py" line="881"/>
        <source>The text for {names} was changed and not saved. Save it or undo the changes first.</source>
        <translation>El texto para {names} se ha modificado y no se ha guardado. Guárdelo o deshaga primero los cambios.</translation>
    </message>
    <message numerus="yes">
        <location filename="../vetdesk/ui/reminders_dialog.py" line="897"/>
        <source>%n reminder(s) approved for sending.</source>
        <translation>
            <numerusform>%n recordatorio aprobado para su envío.</numerusform>
            <numerusform>%n recordatorios aprobados para su envío.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../vetdesk/ui/reminders_dialog.py" line="924"/>
        <source>%n reminder(s) skipped.</source>
        <translation>
            <numerusform>%n recordatorio omitido.</numerusform>
            <numerusform>%n recordatorios omitidos.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/reminders_dialog.py" line="945"/>
        <source>No reminder is approved for sending. Tick reminders and approve them first.</source>
        <translation>No hay ningún recordatorio aprobado para enviar. Marque recordatorios y apruébelos primero.</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/reminders_dialog.py" line="952"/>
        <source>Sending reminders…</source>
        <translation>Enviando recordatorios…</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/reminders_dialog.py" line="952"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/reminders_dialog.py" line="954"/>
        <source>Sending reminders</source>
        <translation>Envío de recordatorios</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/reminders_dialog.py" line="989"/>
        <source>Sending reminders… {done} of {total} done.</source>
        <translation>Enviando recordatorios… Completados: {done} de {total}.</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/reminders_dialog.py" line="999"/>
        <source>Sent: {count}.</source>
        <translation>Enviados: {count}.</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/reminders_dialog.py" line="1001"/>
        <source>Not sent because the client paid in the meantime: {count}.</source>
        <translation>No enviados porque el cliente ha pagado mientras tanto: {count}.</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/reminders_dialog.py" line="1004"/>
        <source>Failed: {count}. They stay in the queue to be sent again later:</source>
        <translation>Fallidos: {count}. Siguen en la cola para volver a enviarse más tarde:</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/reminders_dialog.py" line="1007"/>
        <source>{name}: {reason}</source>
        <translation>{name}: {reason}</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/reminders_dialog.py" line="1010"/>
        <source>Sending was cancelled. The reminders not reached stay approved.</source>
        <translation>Se ha cancelado el envío. Los recordatorios que no se llegaron a enviar siguen aprobados.</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/reminders_dialog.py" line="1012"/>
        <source>The letters are recorded as sent: print them now and post them. A copy of each stays in the client&apos;s history.</source>
        <translation>Las cartas constan como enviadas: imprímalas ahora y échelas al correo. Queda una copia de cada una en el historial del cliente.</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/reminders_dialog.py" line="1024"/>
        <source>Reminder letters of {date}, to print</source>
        <translation>Cartas de recordatorio del {date}, para imprimir</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/reminders_dialog.py" line="1025"/>
        <source>reminder-letters-{date}.pdf</source>
        <translation>cartas-recordatorio-{date}.pdf</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/reminders_dialog.py" line="1041"/>
        <source>Discard the changes?</source>
        <translation>¿Descartar los cambios?</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/reminders_dialog.py" line="1042"/>
        <source>The text for {names} was changed and not saved. Close and discard the changes?</source>
        <translation>El texto para {names} se ha modificado y no se ha guardado. ¿Cerrar y descartar los cambios?</translation>
    </message>
</context>
<context>
    <name>RemindersTab</name>
    <message>
        <location filename="../vetdesk/ui/settings_dialog.py" line="909"/>
        <source>Reminder levels</source>
        <translation>Niveles de recordatorio</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/settings_dialog.py" line="914"/>
        <source>Level</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/settings_dialog.py" line="914"/>
        <source>Days after the due date</source>
        <translation>Días tras el vencimiento</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/settings_dialog.py" line="914"/>
        <source>Minimum amount (€)</source>
        <translation>Importe mínimo (€)</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/settings_dialog.py" line="915"/>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/settings_dialog.py" line="915"/>
        <source>Fallback</source>
        <translation>Alternativa</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/settings_dialog.py" line="915"/>
        <source>Offer a plan</source>
        <translation>Ofrecer plazos</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/settings_dialog.py" line="915"/>
        <source>Certified / burofax</source>
        <translation>Certificado / burofax</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/settings_dialog.py" line="922"/>
        <source>Add a level</source>
        <translation>Añadir un nivel</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/settings_dialog.py" line="923"/>
        <source>Remove the last level</source>
        <translation>Quitar el último nivel</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/settings_dialog.py" line="925"/>
        <source>Restore defaults</source>
        <translation>Restaurar los valores originales</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/settings_dialog.py" line="943"/>
        <source>Days between two levels sent to a client, at least</source>
        <translation>Días mínimos entre dos niveles enviados a un cliente</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/settings_dialog.py" line="949"/>
        <source>A client moves up one level at a time, once the previous level was sent and at least this many days have passed. The channel is used when the client accepts it; otherwise the fallback, and otherwise a letter.</source>
        <translation>Un cliente sube un nivel cada vez, cuando el nivel anterior se ha enviado y han pasado al menos estos días. Se usa el canal si el cliente lo acepta; si no, la alternativa, y si tampoco, una carta.</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/settings_dialog.py" line="1033"/>
        <source>The stored reminder levels could not be read, so the default levels are shown. Check them and save.</source>
        <translation>No se han podido leer los niveles de recordatorio guardados, así que se muestran los niveles originales. Revíselos y guarde.</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/settings_dialog.py" line="1098"/>
        <source>Reminder level {level}, minimum amount: {problem}</source>
        <translation>Nivel de recordatorio {level}, importe mínimo: {problem}</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/settings_dialog.py" line="1109"/>
        <source>Words to avoid</source>
        <translation>Palabras que evitar</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/settings_dialog.py" line="1112"/>
        <source>VetDesk already flags words that humiliate, label or threaten a client, such as «moroso» or «embargo». Add your own here, one per line, optionally followed by = and what to write instead.</source>
        <translation>VetDesk ya señala las palabras que humillan, etiquetan o intimidan a un cliente, como «moroso» o «embargo». Añada aquí las suyas, una por línea, seguidas si quiere de = y lo que debe escribirse en su lugar.</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/settings_dialog.py" line="1117"/>
        <source>impagado = pendiente de pago</source>
        <translation>impagado = pendiente de pago</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/settings_dialog.py" line="1136"/>
        <source>The line &quot;{line}&quot; has nothing before &quot;=&quot;. Write the word to avoid, then = and what to write instead.</source>
        <translation>La línea «{line}» no tiene nada antes de «=». Escriba la palabra que se debe evitar, después = y lo que debe escribirse en su lugar.</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/settings_dialog.py" line="1150"/>
        <source>Reminder texts</source>
        <translation>Textos de los recordatorios</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/settings_dialog.py" line="1162"/>
        <source>Overdue charges</source>
        <translation>Cargos vencidos</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/settings_dialog.py" line="1163"/>
        <source>Late instalments of an agreement</source>
        <translation>Plazos atrasados de un acuerdo</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/settings_dialog.py" line="1198"/>
        <source>Restore default</source>
        <translation>Restaurar el texto original</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/settings_dialog.py" line="1203"/>
        <source>Levels after the fourth use the texts of the fourth level.</source>
        <translation>Los niveles posteriores al cuarto usan los textos del cuarto nivel.</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/settings_dialog.py" line="1224"/>
        <source>Email subject</source>
        <translation>Asunto del correo electrónico</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/settings_dialog.py" line="1224"/>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/settings_dialog.py" line="1224"/>
        <source>Letter</source>
        <translation>Carta</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/settings_dialog.py" line="1225"/>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/settings_dialog.py" line="1256"/>
        <source>Anyone who can see the client&apos;s inbox reads the subject, so it leaves out amounts and words about a debt.</source>
        <translation>Cualquiera que vea la bandeja de entrada del cliente lee el asunto, así que no lleva importes ni palabras sobre una deuda.</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/settings_dialog.py" line="1258"/>
        <source>A locked phone shows the first {count} characters of a text message, so they leave out amounts and words about a debt.</source>
        <translation>Un teléfono bloqueado muestra los primeros {count} caracteres de un SMS, así que no llevan importes ni palabras sobre una deuda.</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/settings_dialog.py" line="1260"/>
        <source>Only the letter&apos;s paragraphs: the letter adds the table of amounts, the ways to pay, the closing and the signature.</source>
        <translation>Solo los párrafos de la carta: la carta añade la tabla de importes, las formas de pago, la despedida y la firma.</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/settings_dialog.py" line="1262"/>
        <source>The email is sent with the letter attached as a PDF.</source>
        <translation>El correo electrónico se envía con la carta adjunta en PDF.</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/settings_dialog.py" line="1266"/>
        <source>Placeholders you can use: {placeholders}</source>
        <translation>Marcadores que puede usar: {placeholders}</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/settings_dialog.py" line="1306"/>
        <source>These words can hurt or threaten the client:</source>
        <translation>Estas palabras pueden ofender o intimidar al cliente:</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/settings_dialog.py" line="1309"/>
        <source>«{found}»: write “{suggestion}” instead</source>
        <translation>«{found}»: escriba «{suggestion}» en su lugar</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/settings_dialog.py" line="1312"/>
        <source>«{found}»: leave it out</source>
        <translation>«{found}»: elimínela</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/settings_dialog.py" line="1335"/>
        <source>With example values: {characters} characters · {segments} SMS</source>
        <translation>Con valores de ejemplo: {characters} caracteres · {segments} SMS</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/settings_dialog.py" line="1338"/>
        <source>(with accented letters: 70 characters per SMS, 67 each when split)</source>
        <translation>(con letras acentuadas: 70 caracteres por SMS, 67 por SMS si el texto se divide)</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/settings_dialog.py" line="1343"/>
        <source>late instalments</source>
        <translation>plazos atrasados</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/settings_dialog.py" line="1343"/>
        <source>overdue charges</source>
        <translation>cargos vencidos</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/settings_dialog.py" line="1344"/>
        <source>Spanish</source>
        <translation>español</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/settings_dialog.py" line="1344"/>
        <source>English</source>
        <translation>inglés</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/settings_dialog.py" line="1345"/>
        <source>{level}, {part}, {variant}, {language}</source>
        <translation>{level}, {part}, {variant}, {language}</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/settings_dialog.py" line="1406"/>
        <source>Reminder text &quot;{text}&quot;: {problem}</source>
        <translation>Texto de recordatorio «{text}»: {problem}</translation>
    </message>
</context>
<context>
    <name>ScheduleModel</name>
    <message>
        <location filename="../vetdesk/ui/agreement_dialog.py" line="295"/>
        <source>No.</source>
        <translation>N.º</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/agreement_dialog.py" line="295"/>
        <source>Due date</source>
        <translation>Vencimiento</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/agreement_dialog.py" line="295"/>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
</context>
<context>
    <name>Seal</name>
    <message>
        <location filename="../vetdesk/documents/sealing.py" line="175"/>
        <source>The clinic has no name, so its seal cannot be created. Type the clinic&apos;s name in the settings first.</source>
        <translation>La clínica no tiene nombre, así que no se puede crear su sello. Escriba primero el nombre de la clínica en los ajustes.</translation>
    </message>
    <message>
        <location filename="../vetdesk/documents/sealing.py" line="179"/>
        <source>Type a passphrase to protect the clinic&apos;s seal.</source>
        <translation>Escriba una contraseña para proteger el certificado de sello de la clínica.</translation>
    </message>
    <message>
        <location filename="../vetdesk/documents/sealing.py" line="235"/>
        <source>The file is not a PKCS#12 certificate file (.p12 or .pfx). Choose the certificate file that your certificate provider issued, exported with its private key.</source>
        <translation>El archivo no es un certificado PKCS#12 (.p12 o .pfx). Elija el archivo de certificado que le entregó su proveedor de certificados, exportado con su clave privada.</translation>
    </message>
    <message>
        <location filename="../vetdesk/documents/sealing.py" line="248"/>
        <source>The passphrase does not open this certificate file. Type it again, minding capital letters. If it is right, the file is damaged and you need a new copy of it.</source>
        <translation>La contraseña del certificado no abre este archivo. Vuelva a escribirla, respetando las mayúsculas y minúsculas. Si la contraseña es correcta, el archivo está dañado y necesita una copia nueva.</translation>
    </message>
    <message>
        <location filename="../vetdesk/documents/sealing.py" line="276"/>
        <source>The certificate &quot;{subject}&quot; expired on {not_after} (it was valid from {not_before}). Load a current certificate or create a new clinic seal.</source>
        <translation>El certificado «{subject}» caducó el {not_after} (era válido desde el {not_before}). Cargue un certificado vigente o cree un nuevo sello de la clínica.</translation>
    </message>
    <message>
        <location filename="../vetdesk/documents/sealing.py" line="280"/>
        <source>The certificate &quot;{subject}&quot; is valid only from {not_before} to {not_after}. Check the date and time of this computer, or load a certificate that is valid today.</source>
        <translation>El certificado «{subject}» solo es válido del {not_before} al {not_after}. Compruebe la fecha y la hora de este ordenador, o cargue un certificado que sea válido hoy.</translation>
    </message>
    <message>
        <location filename="../vetdesk/documents/sealing.py" line="298"/>
        <source>The certificate file contains a key but no certificate. Export it again from your certificate store, with its certificate.</source>
        <translation>El archivo de certificado contiene una clave, pero ningún certificado. Vuelva a exportarlo desde su almacén de certificados, con su certificado.</translation>
    </message>
    <message>
        <location filename="../vetdesk/documents/sealing.py" line="303"/>
        <source>The certificate file &quot;{subject}&quot; contains no private key, so it cannot seal documents. Export the certificate again and choose to include the private key.</source>
        <translation>El archivo de certificado «{subject}» no contiene la clave privada, así que no puede sellar documentos. Vuelva a exportar el certificado y elija incluir la clave privada.</translation>
    </message>
    <message>
        <location filename="../vetdesk/documents/sealing.py" line="309"/>
        <source>The private key in the certificate file does not belong to the certificate &quot;{subject}&quot;. Export the certificate again from your certificate store.</source>
        <translation>La clave privada del archivo de certificado no corresponde al certificado «{subject}». Vuelva a exportar el certificado desde su almacén de certificados.</translation>
    </message>
    <message>
        <location filename="../vetdesk/documents/sealing.py" line="315"/>
        <source>The certificate &quot;{subject}&quot; is not meant for signing documents: its key usage allows neither digital signatures nor non-repudiation. Load a certificate for electronic signatures or seals.</source>
        <translation>El certificado «{subject}» no sirve para firmar documentos: el uso de su clave no permite firmas digitales ni no repudio. Cargue un certificado de firma o de sello electrónico.</translation>
    </message>
    <message>
        <location filename="../vetdesk/documents/sealing.py" line="385"/>
        <source>The document could not be sealed because it is not a PDF that can be signed ({error}). Generate the document again.</source>
        <translation>No se ha podido sellar el documento porque no es un PDF que se pueda firmar ({error}). Vuelva a generar el documento.</translation>
    </message>
    <message>
        <location filename="../vetdesk/documents/sealing.py" line="449"/>
        <source>The file is not a PDF that can be read ({reason}).</source>
        <translation>El archivo no es un PDF legible ({reason}).</translation>
    </message>
    <message>
        <location filename="../vetdesk/documents/sealing.py" line="495"/>
        <source>The document was changed after it was sealed: the sealed bytes no longer match the seal of &quot;{subject}&quot;.</source>
        <translation>El documento se modificó después de sellarlo: los bytes sellados ya no coinciden con el sello de «{subject}».</translation>
    </message>
    <message>
        <location filename="../vetdesk/documents/sealing.py" line="500"/>
        <source>Data was added to the document after it was sealed ({count} bytes).</source>
        <translation>Se añadieron datos al documento después de sellarlo ({count} bytes).</translation>
    </message>
    <message>
        <location filename="../vetdesk/documents/sealing.py" line="503"/>
        <source>The seal does not cover the whole document.</source>
        <translation>El sello no cubre todo el documento.</translation>
    </message>
    <message>
        <location filename="../vetdesk/documents/sealing.py" line="507"/>
        <source>The document is sealed by &quot;{subject}&quot;, which is not a seal of this clinic.</source>
        <translation>El documento está sellado por «{subject}», que no es un sello de esta clínica.</translation>
    </message>
    <message>
        <location filename="../vetdesk/documents/sealing.py" line="513"/>
        <source>The seal&apos;s certificate &quot;{subject}&quot; is not valid for a seal made on {signed_at} (check failed: {indication}).</source>
        <translation>El certificado del sello, «{subject}», no es válido para un sello hecho el {signed_at} (comprobación fallida: {indication}).</translation>
    </message>
    <message>
        <location filename="../vetdesk/documents/sealing.py" line="559"/>
        <source>The document carries no seal.</source>
        <translation>El documento no lleva sello.</translation>
    </message>
    <message>
        <location filename="../vetdesk/documents/sealing.py" line="562"/>
        <source>The seal of the document is damaged and cannot be checked.</source>
        <translation>El sello del documento está dañado y no se puede comprobar.</translation>
    </message>
    <message>
        <location filename="../vetdesk/services/seal.py" line="178"/>
        <source>This computer has no password keyring, so VetDesk cannot remember the passphrase of the clinic&apos;s seal. Type it to seal documents in this session.</source>
        <translation>Este ordenador no tiene almacén de contraseñas del sistema, así que VetDesk no puede recordar la contraseña del certificado de sello de la clínica. Escríbala para sellar documentos en esta sesión.</translation>
    </message>
    <message>
        <location filename="../vetdesk/services/seal.py" line="186"/>
        <source>The passphrase of the clinic&apos;s seal is not saved on this computer. Type it once and VetDesk saves it in this computer&apos;s keyring.</source>
        <translation>La contraseña del certificado de sello de la clínica no está guardada en este ordenador. Escríbala una vez y VetDesk la guardará en el almacén de contraseñas del sistema.</translation>
    </message>
    <message>
        <location filename="../vetdesk/services/seal.py" line="193"/>
        <source>The passphrase kept for the clinic&apos;s seal does not open it. Type the passphrase of the seal again.</source>
        <translation>La contraseña guardada no abre el certificado de sello de la clínica. Vuelva a escribir la contraseña del certificado.</translation>
    </message>
    <message>
        <location filename="../vetdesk/services/seal.py" line="296"/>
        <source>The clinic&apos;s name and CIF are not saved yet, so its seal cannot be created. Fill in the clinic&apos;s details in the settings first.</source>
        <translation>El nombre y el CIF de la clínica aún no están guardados, así que no se puede crear su sello. Rellene primero los datos de la clínica en los ajustes.</translation>
    </message>
    <message>
        <location filename="../vetdesk/services/seal.py" line="228"/>
        <source>This computer has no password keyring, so VetDesk cannot remember a passphrase for the clinic&apos;s new seal. Choose a passphrase, keep it safe, and type it whenever VetDesk asks for it.</source>
        <translation>Este ordenador no tiene almacén de contraseñas del sistema, así que VetDesk no puede recordar la contraseña del nuevo certificado de sello de la clínica. Elija una contraseña, guárdela en un lugar seguro y escríbala cada vez que VetDesk la pida.</translation>
    </message>
    <message>
        <location filename="../vetdesk/services/seal.py" line="199"/>
        <source>The passphrase you typed does not open the clinic&apos;s seal. Type it again.</source>
        <translation>La contraseña que ha escrito no abre el certificado de sello de la clínica. Escríbala de nuevo.</translation>
    </message>
    <message>
        <location filename="../vetdesk/services/seal.py" line="413"/>
        <source>UNREADABLE: the file is not a PDF that VetDesk can read.</source>
        <translation>ILEGIBLE: el archivo no es un PDF que VetDesk pueda leer.</translation>
    </message>
    <message>
        <location filename="../vetdesk/services/seal.py" line="416"/>
        <source>NOT VERIFIED: the document carries no seal, so VetDesk cannot vouch for it.</source>
        <translation>NO VERIFICADO: el documento no lleva sello, así que VetDesk no puede garantizarlo.</translation>
    </message>
    <message>
        <location filename="../vetdesk/services/seal.py" line="418"/>
        <source>ALTERED: the document has been changed since the clinic sealed it.</source>
        <translation>ALTERADO: el documento se ha modificado desde que la clínica lo selló.</translation>
    </message>
    <message>
        <location filename="../vetdesk/services/seal.py" line="424"/>
        <source>ALTERED: the document&apos;s seal is broken, so it was changed after it was sealed.</source>
        <translation>ALTERADO: el sello del documento está roto, así que se modificó después de sellarlo.</translation>
    </message>
    <message>
        <location filename="../vetdesk/services/seal.py" line="427"/>
        <source>NOT VERIFIED: the document is not sealed by this clinic, so VetDesk cannot vouch for it.</source>
        <translation>NO VERIFICADO: el documento no está sellado por esta clínica, así que VetDesk no puede garantizarlo.</translation>
    </message>
    <message>
        <location filename="../vetdesk/services/seal.py" line="433"/>
        <source>ALTERED: the clinic&apos;s seal on this document is not valid.</source>
        <translation>ALTERADO: el sello de la clínica en este documento no es válido.</translation>
    </message>
    <message>
        <location filename="../vetdesk/services/seal.py" line="436"/>
        <source>The file carries the clinic&apos;s seal but is not identical to any document stored in VetDesk.</source>
        <translation>El archivo lleva el sello de la clínica, pero no es idéntico a ningún documento guardado en VetDesk.</translation>
    </message>
    <message>
        <location filename="../vetdesk/services/seal.py" line="439"/>
        <source>INTACT: the clinic&apos;s seal is valid and the file is identical to version {version} of agreement {number} as stored.</source>
        <translation>ÍNTEGRO: el sello de la clínica es válido y el archivo es idéntico a la versión {version} del acuerdo {number} tal como está guardada.</translation>
    </message>
</context>
<context>
    <name>SealDialog</name>
    <message>
        <location filename="../vetdesk/ui/seal_dialog.py" line="88"/>
        <source>Seal of the clinic&apos;s documents</source>
        <translation>Sello de los documentos de la clínica</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/seal_dialog.py" line="94"/>
        <source>VetDesk seals every signed payment-terms form with this certificate, so that any change to the file can be detected later.</source>
        <translation>VetDesk sella con este certificado cada documento de condiciones de pago firmado, para que más adelante se pueda detectar cualquier cambio en el archivo.</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/seal_dialog.py" line="102"/>
        <source>Active certificate</source>
        <translation>Certificado activo</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/seal_dialog.py" line="104"/>
        <source>Holder</source>
        <translation>Titular</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/seal_dialog.py" line="105"/>
        <source>Valid</source>
        <translation>Validez</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/seal_dialog.py" line="106"/>
        <source>Issued by</source>
        <translation>Emitido por</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/seal_dialog.py" line="110"/>
        <source>the clinic&apos;s certificate file, .p12 or .pfx</source>
        <translation>el archivo de certificado de la clínica, .p12 o .pfx</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/seal_dialog.py" line="111"/>
        <source>Choose file…</source>
        <translation>Elegir archivo…</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/seal_dialog.py" line="121"/>
        <source>Load certificate</source>
        <translation>Cargar certificado</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/seal_dialog.py" line="124"/>
        <source>Use the clinic&apos;s own certificate</source>
        <translation>Usar un certificado propio de la clínica</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/seal_dialog.py" line="126"/>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/seal_dialog.py" line="127"/>
        <source>Passphrase of the file</source>
        <translation>Contraseña del certificado</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/seal_dialog.py" line="130"/>
        <source>Create a self-signed clinic seal</source>
        <translation>Crear un sello de la clínica autofirmado</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/seal_dialog.py" line="133"/>
        <source>A self-signed seal proves that a document has not changed since VetDesk sealed it. A certificate from a certification authority also proves the clinic&apos;s identity to others. Documents sealed earlier keep their seal.</source>
        <translation>Un sello autofirmado demuestra que un documento no ha cambiado desde que VetDesk lo selló. Un certificado de una autoridad de certificación demuestra además ante terceros la identidad de la clínica. Los documentos sellados antes conservan su sello.</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/seal_dialog.py" line="167"/>
        <source>The clinic has no seal yet. VetDesk creates a self-signed one when the first form is signed, unless you load the clinic&apos;s certificate first.</source>
        <translation>La clínica aún no tiene sello. VetDesk creará uno autofirmado cuando se firme el primer documento, salvo que antes cargue usted el certificado de la clínica.</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/seal_dialog.py" line="174"/>
        <source>from {start} to {end}</source>
        <translation>del {start} al {end}</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/seal_dialog.py" line="177"/>
        <source>VetDesk (self-signed clinic seal)</source>
        <translation>VetDesk (sello de la clínica autofirmado)</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/seal_dialog.py" line="178"/>
        <source>A certification authority</source>
        <translation>Una autoridad de certificación</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/seal_dialog.py" line="183"/>
        <source>Loading or creating the clinic&apos;s seal needs the manager or administrator role.</source>
        <translation>Para cargar o crear el sello de la clínica se necesita el rol de responsable o administrador.</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/seal_dialog.py" line="188"/>
        <source>Choose the clinic&apos;s certificate</source>
        <translation>Elija el certificado de la clínica</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/seal_dialog.py" line="189"/>
        <source>Certificates with private key (*.p12 *.pfx);;All files (*)</source>
        <translation>Certificados con clave privada (*.p12 *.pfx);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/seal_dialog.py" line="201"/>
        <source>Choose the clinic&apos;s certificate file first.</source>
        <translation>Elija primero el archivo de certificado de la clínica.</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/seal_dialog.py" line="207"/>
        <source>{file} is too large to be a certificate file. Choose the .p12 or .pfx file of the clinic&apos;s certificate.</source>
        <translation>{file} es demasiado grande para ser un archivo de certificado. Elija el archivo .p12 o .pfx del certificado de la clínica.</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/seal_dialog.py" line="213"/>
        <source>The file {file} does not exist. Choose the file again.</source>
        <translation>El archivo {file} no existe. Vuelva a elegir el archivo.</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/seal_dialog.py" line="216"/>
        <source>The file {file} could not be read: {error}</source>
        <translation>No se ha podido leer el archivo {file}: {error}</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/seal_dialog.py" line="234"/>
        <source>The certificate &quot;{subject}&quot; now seals the clinic&apos;s documents.</source>
        <translation>Los documentos de la clínica se sellan ahora con el certificado «{subject}».</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/seal_dialog.py" line="256"/>
        <source>A new self-signed clinic seal now seals the clinic&apos;s documents.</source>
        <translation>Los documentos de la clínica se sellan ahora con un nuevo sello autofirmado.</translation>
    </message>
</context>
<context>
    <name>SealPassphraseDialog</name>
    <message>
        <location filename="../vetdesk/ui/seal_dialog.py" line="276"/>
        <source>Passphrase of the clinic&apos;s seal</source>
        <translation>Contraseña del certificado de sello de la clínica</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/seal_dialog.py" line="292"/>
        <source>Passphrase</source>
        <translation>Contraseña del certificado</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/seal_dialog.py" line="294"/>
        <source>Type it again</source>
        <translation>Repita la contraseña</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/seal_dialog.py" line="316"/>
        <source>Type the passphrase of the clinic&apos;s seal.</source>
        <translation>Escriba la contraseña del certificado de sello de la clínica.</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/seal_dialog.py" line="319"/>
        <source>The two passphrases differ. Type the same passphrase in both fields.</source>
        <translation>Las dos contraseñas no coinciden. Escriba la misma contraseña en los dos campos.</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <location filename="../vetdesk/ui/search_panel.py" line="132"/>
        <source>Owner, pet, phone or DNI/NIE</source>
        <translation>Propietario, mascota, teléfono o DNI/NIE</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/search_panel.py" line="189"/>
        <source>No client matches &quot;{text}&quot;.</source>
        <translation>Ningún cliente coincide con «{text}».</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/search_panel.py" line="191"/>
        <source>Showing the first {count} clients; keep typing to narrow.</source>
        <translation>Se muestran los primeros {count} clientes; siga escribiendo para acotar la búsqueda.</translation>
    </message>
    <message numerus="yes">
        <location filename="../vetdesk/ui/search_panel.py" line="194"/>
        <source>%n client(s) found</source>
        <translation>
            <numerusform>%n cliente encontrado</numerusform>
            <numerusform>%n clientes encontrados</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchResultsModel</name>
    <message>
        <location filename="../vetdesk/ui/search_panel.py" line="60"/>
        <source>Owner</source>
        <translation>Propietario</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/search_panel.py" line="60"/>
        <source>Pets</source>
        <translation>Mascotas</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/search_panel.py" line="60"/>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/search_panel.py" line="60"/>
        <source>Balance</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/search_panel.py" line="88"/>
        <source>Overdue: {amount}</source>
        <translation>Vencido: {amount}</translation>
    </message>
</context>
<context>
    <name>Secrets</name>
    <message>
        <location filename="../vetdesk/secrets.py" line="41"/>
        <source>The password could not be saved in the system keyring ({error}). Check that the keyring of your session is unlocked, then save again.</source>
        <translation>No se ha podido guardar la contraseña en el almacén de contraseñas del sistema ({error}). Compruebe que el almacén de contraseñas de su sesión está desbloqueado y vuelva a guardar.</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <location filename="../vetdesk/services/settings.py" line="47"/>
        <source>The value {value} is negative. Use 0 or more.</source>
        <translation>El valor {value} es negativo. Use 0 o más.</translation>
    </message>
    <message>
        <location filename="../vetdesk/services/settings.py" line="65"/>
        <source>The idle lock time {value} is out of range. Use 0 (never lock) to {maximum} minutes.</source>
        <translation>El tiempo de bloqueo por inactividad {value} está fuera del intervalo permitido. Use un valor entre 0 (no bloquear nunca) y {maximum} minutos.</translation>
    </message>
    <message>
        <location filename="../vetdesk/services/settings.py" line="82"/>
        <source>The value {value} is too small. Use 1 or more.</source>
        <translation>El valor {value} es demasiado pequeño. Use 1 o más.</translation>
    </message>
    <message>
        <location filename="../vetdesk/services/settings.py" line="96"/>
        <source>The maximum number of instalments {value} is out of range. Use 1 to {maximum}.</source>
        <translation>El número máximo de plazos {value} está fuera del rango permitido. Use de 1 a {maximum}.</translation>
    </message>
    <message>
        <location filename="../vetdesk/services/settings.py" line="121"/>
        <source>The reminder levels could not be read. Restore the default levels.</source>
        <translation>No se han podido leer los niveles de aviso. Restaure los niveles predeterminados.</translation>
    </message>
    <message>
        <location filename="../vetdesk/services/settings.py" line="128"/>
        <source>The value {value} is not one of {allowed}.</source>
        <translation>El valor {value} no es ninguno de estos: {allowed}.</translation>
    </message>
    <message>
        <location filename="../vetdesk/services/settings.py" line="137"/>
        <source>The port {value} is out of range. Use 1 to 65535.</source>
        <translation>El puerto {value} está fuera del rango permitido. Use de 1 a 65535.</translation>
    </message>
    <message>
        <location filename="../vetdesk/services/settings.py" line="144"/>
        <source>The position {value} mm is outside an A4 page. Use 0 to 297 mm.</source>
        <translation>La posición {value} mm queda fuera de una página A4. Use de 0 a 297 mm.</translation>
    </message>
    <message>
        <location filename="../vetdesk/services/settings.py" line="212"/>
        <source>The text uses words that can hurt or threaten the client: {terms}. Rewrite them and save again.</source>
        <translation>El texto usa palabras que pueden ofender o intimidar al cliente: {terms}. Cámbielas y vuelva a guardar.</translation>
    </message>
    <message>
        <location filename="../vetdesk/services/settings.py" line="363"/>
        <source>The value {value} does not have the type this setting needs.</source>
        <translation>El valor {value} no es del tipo que necesita este ajuste.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../vetdesk/ui/settings_dialog.py" line="1465"/>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/settings_dialog.py" line="1493"/>
        <source>Block new credit from an overdue amount of (€)</source>
        <translation>Bloquear nuevos cargos a cuenta a partir de un importe vencido de (€)</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/settings_dialog.py" line="1494"/>
        <source>Days of grace after the due date before blocking</source>
        <translation>Días de gracia tras la fecha de vencimiento antes del bloqueo</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/settings_dialog.py" line="1495"/>
        <source>An override lasts (days)</source>
        <translation>Duración de una excepción (días)</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/settings_dialog.py" line="1496"/>
        <source>Default payment term of a charge (days)</source>
        <translation>Plazo de pago predeterminado de un cargo (días)</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/settings_dialog.py" line="1512"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/settings_dialog.py" line="1513"/>
        <source>Desk user</source>
        <translation>Usuario del puesto</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/settings_dialog.py" line="1514"/>
        <source>Clinic database server…</source>
        <translation>Servidor de la base de datos de la clínica…</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/settings_dialog.py" line="1517"/>
        <source>Several desks</source>
        <translation>Varios puestos</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/settings_dialog.py" line="1524"/>
        <source>Clinic</source>
        <translation>Clínica</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/settings_dialog.py" line="1525"/>
        <source>Debt banner</source>
        <translation>Aviso de deuda</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/settings_dialog.py" line="1526"/>
        <source>Payment terms</source>
        <translation>Condiciones de pago</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/settings_dialog.py" line="1527"/>
        <source>Reminders</source>
        <translation>Recordatorios</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/settings_dialog.py" line="1528"/>
        <source>Messages</source>
        <translation>Mensajes</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/settings_dialog.py" line="1529"/>
        <source>Debt follow-up</source>
        <translation>Seguimiento de deudas</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/settings_dialog.py" line="1530"/>
        <source>Sign-in and locking</source>
        <translation>Inicio de sesión y bloqueo</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/settings_dialog.py" line="1531"/>
        <source>This desk</source>
        <translation>Este puesto</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/settings_dialog.py" line="1546"/>
        <source>Only a manager or an administrator can change the clinic&apos;s settings. You can change this desk&apos;s language.</source>
        <translation>Solo un responsable o un administrador puede cambiar los ajustes de la clínica. Usted puede cambiar el idioma de este puesto.</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/settings_dialog.py" line="1559"/>
        <source>Simple mode: one shared account for everyone, without sign-in</source>
        <translation>Modo sencillo: una cuenta compartida por todos, sin iniciar sesión</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/settings_dialog.py" line="1564"/>
        <source>Only an administrator can turn simple mode on or off.</source>
        <translation>Solo un administrador puede activar o desactivar el modo sencillo.</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/settings_dialog.py" line="1569"/>
        <source>Never</source>
        <translation>Nunca</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/settings_dialog.py" line="1570"/>
        <source>Minutes without keyboard or mouse use before the desk locks; 0 never locks. Simple mode never locks.</source>
        <translation>Minutos sin usar el teclado ni el ratón antes de que se bloquee el puesto; con 0 no se bloquea nunca. En modo sencillo el puesto nunca se bloquea.</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/settings_dialog.py" line="1573"/>
        <source>Lock the desk after (minutes without use)</source>
        <translation>Bloquear el puesto tras (minutos sin uso)</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/settings_dialog.py" line="1582"/>
        <source>The new database is used from the next time VetDesk starts.</source>
        <translation>La nueva base de datos se usará a partir del próximo inicio de VetDesk.</translation>
    </message>
</context>
<context>
    <name>SignInForm</name>
    <message>
        <location filename="../vetdesk/ui/login_dialog.py" line="46"/>
        <source>Sign in</source>
        <translation>Iniciar sesión</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/login_dialog.py" line="55"/>
        <source>Username</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/login_dialog.py" line="56"/>
        <source>Password or PIN</source>
        <translation>Contraseña o PIN</translation>
    </message>
</context>
<context>
    <name>SignLaterDialog</name>
    <message>
        <location filename="../vetdesk/ui/agreements_pane.py" line="642"/>
        <source>Sign the form of agreement {number}</source>
        <translation>Firmar el documento del acuerdo {number}</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/agreements_pane.py" line="649"/>
        <source>{name} signs the terms of agreement {number} as stored: {amount}. A new version of the form is stored with the signature; the unsigned one is kept.</source>
        <translation>{name} firma las condiciones del acuerdo {number} tal como están guardadas: {amount}. Se guarda una versión nueva del documento con la firma; se conserva la que no estaba firmada.</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/agreements_pane.py" line="656"/>
        <source>Sign and save</source>
        <translation>Firmar y guardar</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/agreements_pane.py" line="660"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>SignatureBox</name>
    <message>
        <location filename="../vetdesk/ui/signature_pad.py" line="370"/>
        <source>Clear</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/signature_pad.py" line="372"/>
        <source>Erase the signature so that the client can sign again.</source>
        <translation>Borra la firma para que el cliente pueda volver a firmar.</translation>
    </message>
</context>
<context>
    <name>SignaturePad</name>
    <message>
        <location filename="../vetdesk/ui/signature_pad.py" line="108"/>
        <source>Signature pad</source>
        <translation>Panel de firma</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/signature_pad.py" line="109"/>
        <source>The client signs here with the mouse, a finger or a pen.</source>
        <translation>El cliente firma aquí con el ratón, con el dedo o con un lápiz.</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/signature_pad.py" line="150"/>
        <source>The client has not signed yet. Ask the client to sign in the box.</source>
        <translation>El cliente aún no ha firmado. Pídale que firme en el recuadro.</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/signature_pad.py" line="156"/>
        <source>The signature is too small. Clear it and ask the client to sign larger across the box.</source>
        <translation>La firma es demasiado pequeña. Bórrela y pida al cliente que firme más grande, ocupando el recuadro.</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/signature_pad.py" line="353"/>
        <source>Sign here</source>
        <translation>Firme aquí</translation>
    </message>
</context>
<context>
    <name>SkipReasonDialog</name>
    <message>
        <location filename="../vetdesk/ui/reminders_dialog.py" line="264"/>
        <source>Skip reminders</source>
        <translation>Omitir recordatorios</translation>
    </message>
    <message numerus="yes">
        <location filename="../vetdesk/ui/reminders_dialog.py" line="267"/>
        <source>%n reminder(s) will leave the queue without being sent. The reason is stored with your name.</source>
        <translation>
            <numerusform>%n recordatorio saldrá de la cola sin enviarse. El motivo se guarda junto con su nombre.</numerusform>
            <numerusform>%n recordatorios saldrán de la cola sin enviarse. El motivo se guarda junto con su nombre.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/reminders_dialog.py" line="274"/>
        <source>For example: the client called and will pay on Friday.</source>
        <translation>Por ejemplo: el cliente ha llamado y pagará el viernes.</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/reminders_dialog.py" line="276"/>
        <source>Skip</source>
        <translation>Omitir</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/reminders_dialog.py" line="283"/>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/reminders_dialog.py" line="293"/>
        <source>Write why these reminders are skipped, so that others know.</source>
        <translation>Escriba por qué se omiten estos recordatorios, para que lo sepan sus compañeros.</translation>
    </message>
</context>
<context>
    <name>Staff</name>
    <message>
        <location filename="../vetdesk/services/staff.py" line="85"/>
        <source>Recording charges and payments needs the reception, vet, manager or administrator role.</source>
        <translation>Para registrar cargos y cobros se necesita el rol de recepción, veterinario, responsable o administrador.</translation>
    </message>
    <message>
        <location filename="../vetdesk/services/staff.py" line="87"/>
        <source>Editing clients and pets needs the reception, vet, manager or administrator role.</source>
        <translation>Para editar clientes y mascotas se necesita el rol de recepción, veterinario, responsable o administrador.</translation>
    </message>
    <message>
        <location filename="../vetdesk/services/staff.py" line="89"/>
        <source>Overriding the debt block needs the manager or administrator role. Ask a manager to sign in at this desk and do it.</source>
        <translation>Para autorizar una excepción al bloqueo por deuda se necesita el rol de responsable o administrador. Pida a un responsable que inicie sesión en este puesto y lo haga.</translation>
    </message>
    <message>
        <location filename="../vetdesk/services/staff.py" line="92"/>
        <source>Writing off a debt needs the manager or administrator role. Ask a manager to sign in at this desk and do it.</source>
        <translation>Para dar por incobrable una deuda se necesita el rol de responsable o administrador. Pida a un responsable que inicie sesión en este puesto y lo haga.</translation>
    </message>
    <message>
        <location filename="../vetdesk/services/staff.py" line="95"/>
        <source>Recording a claim in court needs the manager or administrator role. Ask a manager to sign in at this desk and do it.</source>
        <translation>Para registrar una reclamación judicial se necesita el rol de responsable o administrador. Pida a un responsable que inicie sesión en este puesto y lo haga.</translation>
    </message>
    <message>
        <location filename="../vetdesk/services/staff.py" line="98"/>
        <source>Cancelling a payment agreement needs the manager or administrator role. Ask a manager to sign in at this desk and do it.</source>
        <translation>Para cancelar un acuerdo de pago se necesita el rol de responsable o administrador. Pida a un responsable que inicie sesión en este puesto y lo haga.</translation>
    </message>
    <message>
        <location filename="../vetdesk/services/staff.py" line="101"/>
        <source>Erasing a client&apos;s personal data needs the manager or administrator role. Ask a manager to sign in at this desk and do it.</source>
        <translation>Para borrar los datos personales de un cliente se necesita el rol de responsable o administrador. Pida a un responsable que inicie sesión en este puesto y lo haga.</translation>
    </message>
    <message>
        <location filename="../vetdesk/services/staff.py" line="104"/>
        <source>Changing the clinic&apos;s settings needs the manager or administrator role. Ask a manager to sign in at this desk and do it.</source>
        <translation>Para cambiar los ajustes de la clínica se necesita el rol de responsable o administrador. Pida a un responsable que inicie sesión en este puesto y lo haga.</translation>
    </message>
    <message>
        <location filename="../vetdesk/services/staff.py" line="107"/>
        <source>Managing staff accounts needs the administrator role. Ask an administrator to sign in at this desk and do it.</source>
        <translation>Para gestionar las cuentas del personal se necesita el rol de administrador. Pida a un administrador que inicie sesión en este puesto y lo haga.</translation>
    </message>
    <message>
        <location filename="../vetdesk/services/staff.py" line="175"/>
        <source>Type a password or a PIN.</source>
        <translation>Escriba una contraseña o un PIN.</translation>
    </message>
    <message>
        <location filename="../vetdesk/services/staff.py" line="177"/>
        <source>The password has {count} characters; the maximum is {maximum}.</source>
        <translation>La contraseña tiene {count} caracteres y el máximo es {maximum}.</translation>
    </message>
    <message>
        <location filename="../vetdesk/services/staff.py" line="182"/>
        <source>A PIN needs at least {minimum} digits; this one has {count}.</source>
        <translation>Un PIN debe tener al menos {minimum} dígitos, y este tiene {count}.</translation>
    </message>
    <message>
        <location filename="../vetdesk/services/staff.py" line="187"/>
        <source>A password needs at least {minimum} characters; this one has {count}. Use a longer password, or a PIN of digits only.</source>
        <translation>Una contraseña debe tener al menos {minimum} caracteres, y esta tiene {count}. Use una contraseña más larga o un PIN solo de dígitos.</translation>
    </message>
    <message>
        <location filename="../vetdesk/services/staff.py" line="201"/>
        <source>Type a username.</source>
        <translation>Escriba un nombre de usuario.</translation>
    </message>
    <message>
        <location filename="../vetdesk/services/staff.py" line="203"/>
        <source>The username &quot;{value}&quot; is invalid. Use up to {maximum} letters a-z, digits, dots, hyphens or underscores, starting with a letter or digit.</source>
        <translation>El nombre de usuario «{value}» no es válido. Use como máximo {maximum} caracteres entre letras de la a a la z, dígitos, puntos, guiones y guiones bajos, y empiece por una letra o un dígito.</translation>
    </message>
    <message>
        <location filename="../vetdesk/services/staff.py" line="213"/>
        <source>Type the person&apos;s name as it should appear on entries.</source>
        <translation>Escriba el nombre de la persona tal como debe aparecer en los movimientos.</translation>
    </message>
    <message>
        <location filename="../vetdesk/services/staff.py" line="216"/>
        <source>The name has {count} characters; the maximum is {maximum}.</source>
        <translation>El nombre tiene {count} caracteres y el máximo es {maximum}.</translation>
    </message>
    <message>
        <location filename="../vetdesk/services/staff.py" line="226"/>
        <source>The role &quot;{value}&quot; is unknown. Choose reception, vet, manager or administrator.</source>
        <translation>El rol «{value}» es desconocido. Elija recepción, veterinario, responsable o administrador.</translation>
    </message>
    <message>
        <location filename="../vetdesk/services/staff.py" line="280"/>
        <source>Nobody is signed in at this desk. Sign in with your username and password or PIN, then try again.</source>
        <translation>No hay ninguna sesión iniciada en este puesto. Inicie sesión con su nombre de usuario y su contraseña o PIN, y vuelva a intentarlo.</translation>
    </message>
    <message>
        <location filename="../vetdesk/services/staff.py" line="285"/>
        <source>The account &quot;{username}&quot; is deactivated. Sign in with another account.</source>
        <translation>La cuenta «{username}» está desactivada. Inicie sesión con otra cuenta.</translation>
    </message>
    <message>
        <location filename="../vetdesk/services/staff.py" line="325"/>
        <source>Simple mode stays on until an active administrator account exists. Create one in Staff accounts first.</source>
        <translation>El modo sencillo sigue activado mientras no exista una cuenta de administrador activa. Cree primero una en Cuentas del personal.</translation>
    </message>
    <message>
        <location filename="../vetdesk/services/staff.py" line="339"/>
        <source>The username or the password/PIN is wrong. Check both and try again.</source>
        <translation>El nombre de usuario o la contraseña/PIN no son correctos. Compruebe ambos y vuelva a intentarlo.</translation>
    </message>
    <message>
        <location filename="../vetdesk/services/staff.py" line="353"/>
        <source>The account &quot;{username}&quot; is deactivated. Ask an administrator to activate it.</source>
        <translation>La cuenta «{username}» está desactivada. Pida a un administrador que la active.</translation>
    </message>
    <message>
        <location filename="../vetdesk/services/staff.py" line="379"/>
        <location filename="../vetdesk/services/staff.py" line="404"/>
        <source>The username &quot;{value}&quot; is already taken. Choose another one.</source>
        <translation>El nombre de usuario «{value}» ya está en uso. Elija otro.</translation>
    </message>
    <message>
        <location filename="../vetdesk/services/staff.py" line="421"/>
        <source>This clinic already has staff accounts. An administrator adds new ones in Staff accounts.</source>
        <translation>Esta clínica ya tiene cuentas del personal. Las cuentas nuevas las añade un administrador en Cuentas del personal.</translation>
    </message>
    <message>
        <location filename="../vetdesk/services/staff.py" line="443"/>
        <source>Staff account {value} was not found. Reopen the staff list.</source>
        <translation>No se ha encontrado la cuenta del personal {value}. Vuelva a abrir la lista del personal.</translation>
    </message>
    <message>
        <location filename="../vetdesk/services/staff.py" line="450"/>
        <source>{name} is the only active administrator. Make another account administrator first.</source>
        <translation>{name} es el único administrador activo. Asigne primero el rol de administrador a otra cuenta.</translation>
    </message>
    <message>
        <location filename="../vetdesk/services/staff.py" line="469"/>
        <source>The current password or PIN is wrong. Type it again.</source>
        <translation>La contraseña o PIN actual no es correcto. Vuelva a escribirlo.</translation>
    </message>
    <message>
        <location filename="../vetdesk/services/staff.py" line="489"/>
        <source>You cannot deactivate your own account. Ask another administrator.</source>
        <translation>No puede desactivar su propia cuenta. Pídaselo a otro administrador.</translation>
    </message>
</context>
<context>
    <name>StaffDialog</name>
    <message>
        <location filename="../vetdesk/ui/staff_dialog.py" line="61"/>
        <source>Staff accounts</source>
        <translation>Cuentas del personal</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/staff_dialog.py" line="69"/>
        <location filename="../vetdesk/ui/staff_dialog.py" line="126"/>
        <source>Username</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/staff_dialog.py" line="69"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/staff_dialog.py" line="69"/>
        <location filename="../vetdesk/ui/staff_dialog.py" line="107"/>
        <location filename="../vetdesk/ui/staff_dialog.py" line="128"/>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/staff_dialog.py" line="70"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/staff_dialog.py" line="88"/>
        <source>Selected account</source>
        <translation>Cuenta seleccionada</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/staff_dialog.py" line="90"/>
        <source>Change role</source>
        <translation>Cambiar el rol</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/staff_dialog.py" line="94"/>
        <source>Set new password/PIN</source>
        <translation>Establecer nueva contraseña/PIN</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/staff_dialog.py" line="97"/>
        <location filename="../vetdesk/ui/staff_dialog.py" line="166"/>
        <source>Deactivate</source>
        <translation>Desactivar</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/staff_dialog.py" line="108"/>
        <source>New password or PIN</source>
        <translation>Nueva contraseña o PIN</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/staff_dialog.py" line="114"/>
        <source>New account</source>
        <translation>Nueva cuenta</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/staff_dialog.py" line="121"/>
        <source>A PIN of 4 or more digits, or a password of 8 or more characters</source>
        <translation>Un PIN de 4 dígitos o más, o una contraseña de 8 caracteres o más</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/staff_dialog.py" line="122"/>
        <source>Add account</source>
        <translation>Añadir cuenta</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/staff_dialog.py" line="127"/>
        <source>Name shown on entries</source>
        <translation>Nombre que aparece en los movimientos</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/staff_dialog.py" line="129"/>
        <source>Password or PIN</source>
        <translation>Contraseña o PIN</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/staff_dialog.py" line="141"/>
        <source>Active</source>
        <translation>Activa</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/staff_dialog.py" line="141"/>
        <source>Deactivated</source>
        <translation>Desactivada</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/staff_dialog.py" line="166"/>
        <source>Activate</source>
        <translation>Activar</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/staff_dialog.py" line="187"/>
        <source>Account {username} added.</source>
        <translation>Se ha añadido la cuenta {username}.</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/staff_dialog.py" line="202"/>
        <source>{name} now has the role {role}.</source>
        <translation>{name} tiene ahora el rol {role}.</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/staff_dialog.py" line="212"/>
        <source>New password or PIN set for {name}.</source>
        <translation>Se ha establecido una nueva contraseña o PIN para {name}.</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/staff_dialog.py" line="219"/>
        <source>{name} is deactivated and cannot sign in.</source>
        <translation>Se ha desactivado la cuenta de {name}, que ya no puede iniciar sesión.</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/staff_dialog.py" line="220"/>
        <source>{name} can sign in again.</source>
        <translation>{name} puede volver a iniciar sesión.</translation>
    </message>
</context>
<context>
    <name>StaffRole</name>
    <message>
        <location filename="../vetdesk/ui/login_dialog.py" line="23"/>
        <source>Reception</source>
        <translation>Recepción</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/login_dialog.py" line="24"/>
        <source>Vet</source>
        <translation>Veterinario</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/login_dialog.py" line="25"/>
        <source>Manager</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location filename="../vetdesk/ui/login_dialog.py" line="26"/>
        <source>Administrator</source>
        <translation>Administrador</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <location filename="../vetdesk/domain/formatting.py" line="66"/>
        <source>Type a date as dd/mm/yyyy.</source>
        <translation>Escriba una fecha con el formato dd/mm/aaaa.</translation>
    </message>
    <message>
        <location filename="../vetdesk/domain/formatting.py" line="78"/>
        <source>The date &quot;{value}&quot; is not valid. Type it as dd/mm/yyyy.</source>
        <translation>La fecha «{value}» no es válida. Escríbala con el formato dd/mm/aaaa.</translation>
    </message>
    <message>
        <location filename="../vetdesk/domain/formatting.py" line="89"/>
        <source>The date &quot;{value}&quot; does not exist. Check the day and the month.</source>
        <translation>La fecha «{value}» no existe. Compruebe el día y el mes.</translation>
    </message>
    <message>
        <location filename="../vetdesk/domain/formatting.py" line="113"/>
        <source>The time zone &quot;{value}&quot; is not known. Use a name such as Europe/Madrid or Atlantic/Canary.</source>
        <translation>La zona horaria «{value}» es desconocida. Use un nombre como Europe/Madrid o Atlantic/Canary.</translation>
    </message>
    <message>
        <location filename="../vetdesk/domain/identity.py" line="40"/>
        <source>Type the DNI or NIE, for example 12345678Z.</source>
        <translation>Escriba el DNI o NIE, por ejemplo 12345678Z.</translation>
    </message>
    <message>
        <location filename="../vetdesk/domain/identity.py" line="49"/>
        <source>The check letter of the DNI or NIE &quot;{value}&quot; does not match its digits. Copy the number again from the document. A DNI is 8 digits and a letter, like 12345678Z.</source>
        <translation>La letra de control del DNI o NIE «{value}» no coincide con sus dígitos. Vuelva a copiar el número del documento. Un DNI tiene 8 dígitos y una letra, como 12345678Z.</translation>
    </message>
    <message>
        <location filename="../vetdesk/domain/identity.py" line="55"/>
        <source>&quot;{value}&quot; is not a valid DNI or NIE. A DNI is 8 digits and a letter, like 12345678Z. A NIE is X, Y or Z, 7 digits and a letter, like X1234567L.</source>
        <translation>«{value}» no es un DNI o NIE válido. Un DNI tiene 8 dígitos y una letra, como 12345678Z. Un NIE tiene una X, Y o Z, 7 dígitos y una letra, como X1234567L.</translation>
    </message>
    <message>
        <location filename="../vetdesk/domain/identity.py" line="71"/>
        <source>Type the CIF or NIF, for example B12345674.</source>
        <translation>Escriba el CIF o NIF, por ejemplo B12345674.</translation>
    </message>
    <message>
        <location filename="../vetdesk/domain/identity.py" line="78"/>
        <source>The check character of the CIF or NIF &quot;{value}&quot; does not match its digits. Copy the number again from the document.</source>
        <translation>El carácter de control del CIF o NIF «{value}» no coincide con sus dígitos. Vuelva a copiar el número del documento.</translation>
    </message>
    <message>
        <location filename="../vetdesk/domain/identity.py" line="84"/>
        <source>&quot;{value}&quot; is not a valid CIF or NIF. A CIF is a letter, 7 digits and a check character, like B12345674. A NIF can also be a DNI, like 12345678Z, or a NIE, like X1234567L.</source>
        <translation>«{value}» no es un CIF o NIF válido. Un CIF tiene una letra, 7 dígitos y un carácter de control, como B12345674. Un NIF también puede ser un DNI, como 12345678Z, o un NIE, como X1234567L.</translation>
    </message>
    <message>
        <location filename="../vetdesk/domain/identity.py" line="106"/>
        <source>Type the IBAN, for example ES91 2100 0418 4502 0005 1332.</source>
        <translation>Escriba el IBAN, por ejemplo ES91 2100 0418 4502 0005 1332.</translation>
    </message>
    <message>
        <location filename="../vetdesk/domain/identity.py" line="117"/>
        <source>The IBAN &quot;{value}&quot; has {length} characters, but a Spanish IBAN has 24. Check that no digit is missing or repeated.</source>
        <translation>El IBAN «{value}» tiene {length} caracteres, pero un IBAN español tiene 24. Compruebe que no falte ni sobre ningún dígito.</translation>
    </message>
    <message>
        <location filename="../vetdesk/domain/identity.py" line="130"/>
        <source>The check digits of the IBAN &quot;{value}&quot; do not match. Copy it again from a bank document.</source>
        <translation>Los dígitos de control del IBAN «{value}» no coinciden. Vuelva a copiarlo de un documento del banco.</translation>
    </message>
    <message>
        <location filename="../vetdesk/domain/identity.py" line="135"/>
        <source>The IBAN &quot;{value}&quot; is not valid. An IBAN starts with the country code and two check digits, like ES91 2100 0418 4502 0005 1332.</source>
        <translation>El IBAN «{value}» no es válido. Un IBAN empieza por el código del país y dos dígitos de control, como ES91 2100 0418 4502 0005 1332.</translation>
    </message>
    <message>
        <location filename="../vetdesk/domain/identity.py" line="164"/>
        <source>Type a phone number, for example 671 92 48 65.</source>
        <translation>Escriba un número de teléfono, por ejemplo 671 92 48 65.</translation>
    </message>
    <message>
        <location filename="../vetdesk/domain/identity.py" line="179"/>
        <source>The phone number &quot;{value}&quot; is not valid. Type 9 digits, like 671 92 48 65, or a foreign number starting with +, like +44 20 7946 0958.</source>
        <translation>El número de teléfono «{value}» no es válido. Escriba 9 dígitos, como 671 92 48 65, o un número extranjero que empiece por +, como +44 20 7946 0958.</translation>
    </message>
    <message>
        <location filename="../vetdesk/domain/identity.py" line="225"/>
        <source>Type an email address, for example name@example.com.</source>
        <translation>Escriba una dirección de correo electrónico, por ejemplo nombre@example.com.</translation>
    </message>
    <message>
        <location filename="../vetdesk/domain/identity.py" line="234"/>
        <source>The email address &quot;{value}&quot; is not valid. Type it like name@example.com.</source>
        <translation>La dirección de correo electrónico «{value}» no es válida. Escríbala como nombre@example.com.</translation>
    </message>
    <message>
        <location filename="../vetdesk/domain/identity.py" line="247"/>
        <source>Type a postal code, for example 28013.</source>
        <translation>Escriba un código postal, por ejemplo 28013.</translation>
    </message>
    <message>
        <location filename="../vetdesk/domain/identity.py" line="256"/>
        <source>The postal code &quot;{value}&quot; is not valid. A Spanish postal code has 5 digits, from 01000 to 52999.</source>
        <translation>El código postal «{value}» no es válido. Un código postal español tiene 5 dígitos, del 01000 al 52999.</translation>
    </message>
</context>
<context>
    <name>VerifyCommand</name>
    <message>
        <location filename="../vetdesk/commands/verify.py" line="57"/>
        <source>{file} is not a file. Give the path of the PDF to check.</source>
        <translation>{file} no es un archivo. Indique la ruta del PDF que quiere comprobar.</translation>
    </message>
    <message>
        <location filename="../vetdesk/commands/verify.py" line="61"/>
        <source>{file} has {size} MB, more than the {maximum} MB a payment-terms form can have. Check that it is the right file.</source>
        <translation>{file} ocupa {size} MB, más de los {maximum} MB que puede ocupar un documento de condiciones de pago. Compruebe que es el archivo correcto.</translation>
    </message>
    <message>
        <location filename="../vetdesk/commands/verify.py" line="68"/>
        <source>The file {file} does not exist. Check the path and try again.</source>
        <translation>El archivo {file} no existe. Compruebe la ruta y vuelva a intentarlo.</translation>
    </message>
    <message>
        <location filename="../vetdesk/commands/verify.py" line="71"/>
        <source>The file {file} could not be read: {error}</source>
        <translation>No se ha podido leer el archivo {file}: {error}</translation>
    </message>
    <message>
        <location filename="../vetdesk/commands/verify.py" line="85"/>
        <source>Agreement: {number}, version {version}</source>
        <translation>Acuerdo: {number}, versión {version}</translation>
    </message>
    <message>
        <location filename="../vetdesk/commands/verify.py" line="88"/>
        <source>Client: {name}</source>
        <translation>Cliente: {name}</translation>
    </message>
    <message>
        <location filename="../vetdesk/commands/verify.py" line="93"/>
        <source>Signed: {time}</source>
        <translation>Firmado: {time}</translation>
    </message>
    <message>
        <location filename="../vetdesk/commands/verify.py" line="96"/>
        <source>Not signed by the client; sealed on {time}</source>
        <translation>Sin firma del cliente; sellado el {time}</translation>
    </message>
    <message>
        <location filename="../vetdesk/commands/verify.py" line="99"/>
        <source>Not signed by the client</source>
        <translation>Sin firma del cliente</translation>
    </message>
    <message>
        <location filename="../vetdesk/commands/verify.py" line="101"/>
        <source>Sealed: {time}</source>
        <translation>Sellado: {time}</translation>
    </message>
    <message>
        <location filename="../vetdesk/commands/verify.py" line="104"/>
        <source>Seal: {subject}</source>
        <translation>Sello: {subject}</translation>
    </message>
    <message>
        <location filename="../vetdesk/commands/verify.py" line="106"/>
        <source>SHA-256: {digest}</source>
        <translation>SHA-256: {digest}</translation>
    </message>
</context>
</TS>
