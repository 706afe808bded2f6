import type {IdvStrings} from '../en.js';

const number = new Intl.NumberFormat('pt-BR');

/**
 * Portuguese (Brazil). Loaded only when a page uses the language (see builtin-locales.ts).
 */
const ptBR: Partial<IdvStrings> = {
  // Frame
  title: 'Perfil de verificação',
  stepOf: (step: number, total: number) => `Etapa ${number.format(step)} de ${number.format(total)}`,
  back: 'Voltar',
  next: 'Continuar',
  resumed: 'Guardamos o seu progresso.',

  // Intro
  introHeading: 'Crie seu perfil de verificação',
  introBody: 'Precisamos de três coisas para confirmar quem você é:',
  introItemName: 'seu nome completo, como aparece no seu documento',
  introItemSelfie: 'uma foto do seu rosto, tirada agora com a sua câmera',
  introItemId: 'uma foto do seu documento oficial com foto, segurado em frente à câmera',
  introCamera: 'Você precisa de um dispositivo com câmera. Não é possível enviar fotos a partir de arquivos.',
  introPrivacy: 'Como tratamos as suas informações',
  start: 'Começar',

  // Name
  nameHeading: 'Seu nome completo',
  nameLabel: 'Nome completo',
  nameHint: 'Escreva exatamente como aparece no seu documento.',
  'name-required': 'Digite seu nome completo.',
  'name-too-long': (max: number) => `Seu nome pode ter no máximo ${number.format(max)} caracteres.`,
  'name-invalid-characters':
    'Seu nome contém caracteres que não podem ser usados (como caracteres de controle ou de mudança de direção do texto).',
  'name-needs-letter': 'Seu nome precisa ter pelo menos uma letra.',

  // ID layout
  layoutHeading: 'Seu nome e sua foto estão no mesmo lado do documento?',
  layoutOneSided: 'Sim, no mesmo lado',
  layoutTwoSided: 'Não, estão em lados diferentes',
  reviewLayoutOneSided: 'Nome e foto no mesmo lado',
  reviewLayoutTwoSided: 'Nome e foto em lados diferentes',

  // Camera steps
  selfieHeading: 'Tire uma foto do seu rosto',
  selfieInstructions: 'Olhe para a câmera em um lugar bem iluminado e mantenha o rosto dentro do oval.',
  selfieTwoSidedHeading: 'Tire uma foto do seu rosto e do seu documento',
  selfieTwoSidedInstructions: 'Segure o lado do documento com a sua foto ao lado do rosto, para que os dois fiquem nítidos.',
  documentHeading: 'Tire uma foto do seu documento',
  documentInstructions: 'Segure o documento perto da câmera, dentro da moldura, para que o texto fique nítido e legível.',
  documentTwoSidedInstructions:
    'Mostre o lado do documento com o seu nome. Segure-o perto da câmera, dentro da moldura, para que o texto fique nítido e legível.',
  cameraStarting: 'Iniciando a câmera…',
  cameraPreviewSelfie: 'Pré-visualização da câmera: seu rosto',
  cameraPreviewDocument: 'Pré-visualização da câmera: seu documento',
  chooseCamera: 'Câmera',
  switchCamera: 'Trocar de câmera',
  cameraNumber: (n: number) => `Câmera ${number.format(n)}`,
  shutter: 'Tirar foto',
  retake: 'Tirar de novo',
  usePhoto: 'Usar esta foto',
  reviewPhotoHint: 'Confira se a foto está nítida e depois use-a ou tire outra.',
  reviewSelfieAlt: 'A foto do seu rosto que você acabou de tirar',
  reviewDocumentAlt: 'A foto do seu documento que você acabou de tirar',
  confirmLowQuality: 'Esta foto pode não estar nítida o suficiente. Usar mesmo assim?',
  autoCaptureOn: 'A foto é tirada automaticamente quando tudo estiver certo.',

  // Guidance
  'too-dark': 'Muito escuro — procure mais luz',
  'too-bright': 'Muito claro — afaste-se da luz direta',
  blurry: 'A imagem está borrada',
  glare: 'Incline o documento para tirar o reflexo',
  'no-card': 'Segure o documento dentro da moldura',
  'card-too-far': 'Aproxime o documento',
  'card-not-framed': 'Alinhe o documento com a moldura',
  'show-portrait': 'Mostre o lado do documento com a sua foto',
  'hold-still': 'Fique parado',
  'no-face': 'Não conseguimos ver o seu rosto',
  'multiple-faces': 'Só você deve aparecer na imagem',
  'centre-face': 'Centralize o rosto no oval',
  'face-too-small': 'Aproxime-se',
  'show-id-beside-face': 'Segure o lado da foto do documento ao lado do rosto',
  'turn-card-over': 'Vire o documento: mostre o lado com o seu nome',
  'take-photo': 'Tire a foto quando quiser',
  ready: 'Tudo certo',

  // Camera problems
  cameraDeniedHeading: 'O acesso à câmera está bloqueado',
  cameraDeniedBody:
    'Para continuar, permita que este site use a sua câmera: selecione o ícone de câmera ou de cadeado na barra de endereço, defina Câmera como Permitir e tente de novo.',
  noCameraHeading: 'É preciso uma câmera',
  noCameraBody: 'Não encontramos nenhuma câmera neste dispositivo. Continue em um celular ou computador com câmera.',
  handoffLink: 'Continuar em outro dispositivo',
  handoffQr: 'Leia este código com o seu celular para continuar nele.',
  handoffQrLabel: 'Código QR do link para continuar em outro dispositivo',
  cameraAvailableAgain: 'Agora há uma câmera conectada. Você pode continuar.',
  openSecurePage: 'Abrir a página segura',
  cameraInUseHeading: 'A câmera está ocupada',
  cameraInUseBody: 'Outro aplicativo ou outra aba está usando a câmera. Feche-o e tente de novo.',
  cameraEndedHeading: 'A câmera parou',
  cameraEndedBody: 'A câmera foi desconectada ou desligada. O que você já fez foi mantido. Reconecte-a e continue.',
  cameraOverconstrainedHeading: 'Esta câmera não pode ser usada',
  cameraOverconstrainedBody: 'A câmera não oferece um tamanho de imagem utilizável. Tente outra câmera.',
  insecureHeading: 'Esta página não é segura',
  insecureBody: 'A câmera só funciona em páginas seguras (https). Abra esta página com https para continuar.',
  unsupportedHeading: 'Este navegador não consegue usar a câmera',
  unsupportedBody: 'Abra esta página em um navegador atualizado, como Chrome, Edge, Firefox ou Safari.',
  tryAgain: 'Tentar de novo',

  // Review and submit
  reviewHeading: 'Confira seus dados',
  reviewName: 'Nome',
  reviewLayout: 'Formato do documento',
  reviewSelfie: 'Foto do seu rosto',
  reviewDocument: 'Foto do seu documento',
  edit: 'Alterar',
  submit: 'Enviar',
  submitting: 'Enviando…',
  submitFailed: 'Não foi possível enviar o seu perfil. Nada foi perdido — tente de novo.',
  missingChallenge: 'Esta página não está pronta para receber o seu perfil. Recarregue a página e tente de novo.',
  retry: 'Tentar de novo',

  // Outcomes
  doneHeading: 'Seu perfil de verificação foi enviado',
  doneBody: 'Obrigado. Avisaremos você se ele não for aprovado.',
  onFileHeading: 'Seu perfil de verificação está completo',
  pendingHeading: 'Seu perfil de verificação está em análise',
  pendingBody: 'Avisaremos você se ele não for aprovado.',
  onFileBody: 'Você não precisa fazer mais nada.',
  updateProfile: 'Atualizar meu perfil',
  rejectedHeading: 'Seu perfil de verificação não foi aprovado',
  rejectedReason: (reason: string) => `Motivo: ${reason}`,
  redo: 'Começar de novo',

  formIncomplete: 'Preencha e envie o seu perfil de verificação.',

  // Storage
  storageUnavailable: 'Não é possível salvar o seu progresso neste dispositivo, mas você ainda pode terminar agora.',
};

export default ptBR;
